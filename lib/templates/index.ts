import type { TLRecord } from 'tldraw'
import { recordsFromModel } from '@/lib/shapes'
import type { TemplateId } from './catalogue'
import {
  mortgageLoanNetwork,
  mortgageLoanNetworkLayout,
} from '@/lib/kinds/cube-network/mortgage-loan-network'
import { valueZoneTemplates } from '@/lib/kinds/value-zone/persona-value-zone'

/** What each template puts on a new board (nothing, for a blank one). */
export const templateRecords: Record<TemplateId, () => TLRecord[]> = {
  'blank-cube': () => [],
  'persona-value-zone': valueZoneTemplates['persona-value-zone'].records,
  'blank-value-zone': valueZoneTemplates['blank-value-zone'].records,
  'mortgage-loan-network': () => recordsFromModel(mortgageLoanNetwork, mortgageLoanNetworkLayout),
}
