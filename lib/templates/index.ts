import type { TLRecord } from 'tldraw'
import { recordsFromModel } from '@/lib/shapes'
import type { TemplateId } from './catalogue'
import { mortgageLoanNetwork, mortgageLoanNetworkLayout } from './mortgage-loan-network'

/** What each template puts on a new board (nothing, for a blank one). */
export const templateRecords: Record<TemplateId, () => TLRecord[]> = {
  'blank-cube': () => [],
  'blank-value-zone': () => [],
  'mortgage-loan-network': () => recordsFromModel(mortgageLoanNetwork, mortgageLoanNetworkLayout),
}
