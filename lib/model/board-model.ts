import type { CubeFace, FaceItemKind } from './cubes/vocabulary'
import type { OfferingKind } from './value-zone/vocabulary'

/**
 * The shared model of a board: what its cubes, items and links mean, without their
 * drawing. Plain data with stable ids (the board's record ids), versioned so that saved
 * copies and exports say which shape they have.
 */
export const boardModelVersion = 1

export type { CubeFace, FaceItemKind, OfferingKind }

export interface Department {
  /** The department's name folded to lower case and single spaces: cubes spelled alike share one. */
  id: string
  name: string
  cubeIds: string[]
}

export interface Cube {
  id: string
  /** The offering, e.g. "Mortgage Loan". */
  title: string
  departmentId: string
}

export interface FaceItem {
  id: string
  cubeId: string
  face: CubeFace
  kind: FaceItemKind
  text: string
  /** The promise or terms of a product or service; '' when none is written. */
  terms: string
  /** For a process step, the process it belongs to. */
  processId: string | null
  /** Position within its group (cube, kind and process), 0-based. */
  order: number
}

/** "The provider's service serves the consumer's process step." */
export interface ServiceLink {
  id: string
  serviceId: string
  stepId: string
  providerCubeId: string
  consumerCubeId: string
  label: string
}

/** A group of customers with similar needs (DOMAIN.md §3). */
export interface Persona {
  id: string
  name: string
  description: string
  /** An emoji or initials; '' when none is written. */
  face: string
}

export interface Need {
  id: string
  personaId: string
  text: string
  /** Said out loud (true), or expected without saying it (false). */
  stated: boolean
  /** Position among the persona's needs, 0-based. */
  order: number
}

/** The business side of a value zone. */
export interface Organisation {
  id: string
  name: string
}

export interface Offering {
  id: string
  organisationId: string
  kind: OfferingKind
  /** Its name; for a cube's service, that service's current name. */
  text: string
  /** For a service: the cube's Front Stage service it is, so both board kinds share one model. */
  cubeItemId: string | null
  /** Position among the organisation's offerings of its kind, 0-based. */
  order: number
}

/** "This need is fulfilled by that offering." */
export interface Fulfilment {
  id: string
  needId: string
  offeringId: string
  note: string
}

/** Dots a finished dot vote gave one thing on the board (a cube, item, need, note…). */
export interface VoteTally {
  targetId: string
  /** The vote's question, e.g. "What helps customers most?". */
  vote: string
  dots: number
}

export interface BoardModel {
  version: typeof boardModelVersion
  departments: Department[]
  cubes: Cube[]
  items: FaceItem[]
  serviceLinks: ServiceLink[]
  personas: Persona[]
  needs: Need[]
  organisations: Organisation[]
  offerings: Offering[]
  fulfilments: Fulfilment[]
  votes: VoteTally[]
}

/** A model with nothing in it. */
export function emptyBoardModel(): BoardModel {
  return {
    version: boardModelVersion,
    departments: [],
    cubes: [],
    items: [],
    serviceLinks: [],
    personas: [],
    needs: [],
    organisations: [],
    offerings: [],
    fulfilments: [],
    votes: [],
  }
}
