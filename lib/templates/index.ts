/**
 * What each template puts on a new board, kind by kind (nothing, for a blank one). Built with
 * tldraw, so the server process runs it, never Next's bundles; a new kind adds its templates here.
 */
import type { TLRecord } from 'tldraw'
import { cubeNetworkTemplates } from '../kinds/cube-network/templates'
import { journeyTemplates } from '../kinds/journey/templates'
import { valueZoneTemplates } from '../kinds/value-zone/templates'
import type { TemplateId } from './catalogue'

export const templateRecords: Record<TemplateId, () => TLRecord[]> = {
  ...cubeNetworkTemplates,
  ...valueZoneTemplates,
  ...journeyTemplates,
}
