/**
 * The words of the persona value zone, written once: shape and record type names, the kinds
 * of an organisation's offerings and the words the board shows for them (docs/domain.md §3).
 */
import { namesOf, type KindWords } from '../words'

/** The shape type of a persona card. */
export const personaShapeType = 'persona'

/** The shape type of an organisation card (the offering side of a value zone). */
export const organisationShapeType = 'organisation'

/** The shape type of the value zone, the band where needs meet offerings. */
export const valueZoneShapeType = 'value_zone'

/** The record type of one need of a persona. */
export const personaNeedTypeName = 'persona_need'

/** The record type of one goal, process, product or service of an organisation. */
export const offeringItemTypeName = 'offering_item'

/** The record type of "need fulfilled by offering". */
export const valueLinkTypeName = 'value_link'

/** The organisation side of a value zone, top to bottom. */
export const offeringKinds = ['goal', 'process', 'product', 'service'] as const
export type OfferingKind = (typeof offeringKinds)[number]

/** Kinds that can fulfil a need; goals and processes deliver them but fulfil nothing. */
export const fulfillingKinds = ['product', 'service'] as const satisfies readonly OfferingKind[]

/** Whether an offering of this kind can fulfil a need. */
export function fulfils(kind: OfferingKind): boolean {
  return (fulfillingKinds as readonly OfferingKind[]).includes(kind)
}

/** Offering kinds as the board names them. */
export const offeringKindWords: Record<OfferingKind, KindWords> = {
  goal: { name: 'Business goal', group: 'Business goals', one: 'goal' },
  process: { name: 'Process', group: 'Processes', one: 'process' },
  product: { name: 'Product', group: 'Products', one: 'product' },
  service: { name: 'Service', group: 'Services', one: 'service' },
}

/** An organisation's offering kinds as the board names them. */
export const offeringKindNames = namesOf(offeringKindWords)
