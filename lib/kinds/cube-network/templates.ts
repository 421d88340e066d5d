/** What the cube board's templates put on a new board (built in the server process). */
import type { TLRecord } from 'tldraw'
import { recordsFromModel } from '../../shapes/records-from-model'
import type { TemplateIdOf } from '../define-kind'
import type { cubeNetworkKind } from './kind'
import { mortgageLoanNetwork, mortgageLoanNetworkLayout } from './mortgage-loan-network'

export const cubeNetworkTemplates: Record<
  TemplateIdOf<typeof cubeNetworkKind>,
  () => TLRecord[]
> = {
  'blank-cube': () => [],
  'mortgage-loan-network': () => recordsFromModel(mortgageLoanNetwork, mortgageLoanNetworkLayout),
}
