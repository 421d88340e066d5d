/** What the value-zone board's templates put on a new board (built in the server process). */
import type { TLRecord } from 'tldraw'
import type { TemplateIdOf } from '../define-kind'
import { recordsBuiltBy } from '../kind-shapes'
import { valueZoneKind } from './kind'
import { buildBlankValueZone, buildPersonaValueZone } from './persona-value-zone'

export const valueZoneTemplates: Record<TemplateIdOf<typeof valueZoneKind>, () => TLRecord[]> = {
  'persona-value-zone': () => recordsBuiltBy(valueZoneKind, buildPersonaValueZone),
  'blank-value-zone': () => recordsBuiltBy(valueZoneKind, buildBlankValueZone),
}
