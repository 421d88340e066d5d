/**
 * The cube network's part of the shared model: departments, their cubes, what is written on
 * the cubes' faces, and the service links between cubes (docs/domain.md §1–2).
 */
import type { CubeFace, FaceItemKind } from './vocabulary'

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

/**
 * A link the rules refuse that is drawn on the board all the same: two people gave one step
 * a provider at the same moment, or linked one service to one step twice. The model keeps
 * the link with the lower id (`keptLinkId`); this one is shown as a conflict to resolve.
 */
export interface ConflictingLink extends ServiceLink {
  keptLinkId: string
  rule: 'one-provider-per-step' | 'once-per-step'
}

/** The cube network of a board. */
export interface CubeNetwork {
  departments: Department[]
  cubes: Cube[]
  items: FaceItem[]
  serviceLinks: ServiceLink[]
  /** Links drawn on the board that conflict with a kept one (see ConflictingLink). */
  conflictingLinks: ConflictingLink[]
}
