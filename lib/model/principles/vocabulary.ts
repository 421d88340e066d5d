/**
 * The words of the principles matrix, written once: the five customer-oriented principles
 * every organisation needs a responsible business unit for, and the roles a unit can have
 * (docs/domain.md §4).
 */

/** The shape type of a principles matrix (principles × business units). */
export const principlesShapeType = 'principles'

/** Record types of a matrix's rows (principles) and cells (a unit's role for one). */
export const principleRowTypeName = 'principle_row'
export const principleCellTypeName = 'principle_cell'

/** The five principles, in the order the workshops discuss them. */
export const principleKeys = [
  'listening',
  'measuring',
  'personalisation',
  'double-sided',
  'continuous-delivery',
] as const
export type PrincipleKey = (typeof principleKeys)[number]

export const principleWords: Record<PrincipleKey, { name: string; hint: string }> = {
  listening: {
    name: 'Systematic listening to customers',
    hint: 'Every interaction leaves a footprint in the customer data, used to act before complaints',
  },
  measuring: {
    name: 'Measuring from the customer’s perspective',
    hint: 'Internal, financial and innovation measures read from the customer’s side',
  },
  personalisation: {
    name: 'Personalisation by default',
    hint: 'Processes, systems and products designed to adapt to each customer as they are used',
  },
  'double-sided': {
    name: 'Double-sided digital teams and channels',
    hint: 'Customer journeys on one side, employee journeys on the other, orchestrated together',
  },
  'continuous-delivery': {
    name: 'Continuous delivery mark II',
    hint: 'Agility at the enterprise level: discovering value, failing local, not only throughput',
  },
}

/** What a business unit is for a principle: the one who promotes and implements it, or a helper. */
export const principleRoles = ['responsible', 'contributes'] as const
export type PrincipleRole = (typeof principleRoles)[number]

export const principleRoleNames: Record<PrincipleRole, string> = {
  responsible: 'Responsible',
  contributes: 'Contributes',
}
