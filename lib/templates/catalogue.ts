import type { BoardKind } from '@/lib/db/schema'

/** A board to start from, as the create-board form offers it. */
export interface TemplateEntry {
  id: string
  name: string
  kind: BoardKind
  description: string
}

/**
 * Every template, without what it holds (that is in ./index.ts, which needs tldraw and so
 * runs in the server process only): the form and the API only need names and kinds.
 */
export const templateCatalogue = [
  {
    id: 'blank-cube',
    name: 'Blank cube board',
    kind: 'cube',
    description: 'An empty board for drawing your own cubes and service links.',
  },
  {
    id: 'mortgage-loan-network',
    name: 'Mortgage loan network',
    kind: 'cube',
    description:
      'The worked example: Home Loan and Real Estate Loan, the Mortgage Loan behind both, Credit Risk, Customer Lifecycle Management, Payments and Reporting, with their service links.',
  },
  {
    id: 'persona-value-zone',
    name: 'Persona value zone',
    kind: 'value-zone',
    description:
      'Two mortgage personas (a self-service home buyer, a corporate property client) with stated and unstated needs, the mortgage offerings, and the needs still unmet.',
  },
  {
    id: 'blank-value-zone',
    name: 'Blank value-zone board',
    kind: 'value-zone',
    description: 'A persona, a value zone and an organisation, empty, ready for your own.',
  },
] as const satisfies readonly TemplateEntry[]

export type TemplateId = (typeof templateCatalogue)[number]['id']

export const templateIds = templateCatalogue.map((entry) => entry.id) as [
  TemplateId,
  ...TemplateId[],
]

export function templateKind(template: TemplateId): BoardKind {
  return templateCatalogue.find((entry) => entry.id === template)!.kind
}
