/**
 * The shared model of a board: what its cubes, items and links mean, without their
 * drawing. Plain data with stable ids (the board's record ids), versioned so that saved
 * copies and exports say which shape they have.
 */
export const boardModelVersion = 1

export type CubeFace = 'front-stage' | 'experience' | 'back-stage'

export type FaceItemKind =
  | 'product'
  | 'service'
  | 'brand'
  | 'channel'
  | 'journey-step'
  | 'process'
  | 'process-step'
  | 'organisation'
  | 'information'
  | 'it-application'
  | 'policy'

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

export interface BoardModel {
  version: typeof boardModelVersion
  departments: Department[]
  cubes: Cube[]
  items: FaceItem[]
  serviceLinks: ServiceLink[]
}
