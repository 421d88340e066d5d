/** How the board names needs and offerings in sentences and lists. */
import { quoted } from '../names'
import type { Need, Offering } from './value-zone-model'
import { offeringKindNames } from './vocabulary'

/** `Stated need “Quick answers”` */
export function needLabel(need: Pick<Need, 'stated' | 'text'>): string {
  return `${need.stated ? 'Stated' : 'Unstated'} need ${quoted(need.text)}`
}

/** `Service “Home loans”` */
export function offeringLabel(offering: Pick<Offering, 'kind' | 'text'>): string {
  return `${offeringKindNames[offering.kind]} ${quoted(offering.text)}`
}
