/**
 * The persona value zone's part of the shared model: personas and their needs, the
 * organisation's offerings, and which offering fulfils which need (docs/domain.md §3).
 */
import type { OfferingKind } from './vocabulary'

/** A group of customers with similar needs. */
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

/** The value zone of a board. */
export interface ValueZone {
  personas: Persona[]
  needs: Need[]
  organisations: Organisation[]
  offerings: Offering[]
  fulfilments: Fulfilment[]
}
