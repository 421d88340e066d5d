/**
 * The customer-experience map's part of the shared model: each journey's phases and their
 * stages (columns), its lanes (rows) and the touchpoints in its cells, with the department
 * responsible, pain points, links into the cube network and how each stage feels
 * (docs/domain.md §3b).
 */
import type { ExperienceScore, LaneKind, PainSeverity } from './vocabulary'

export interface Journey {
  id: string
  /** e.g. "Home loan journey". */
  title: string
  /** In order, left to right; each with its stages in order. */
  phases: JourneyPhase[]
  /** In order, top to bottom. */
  lanes: JourneyLane[]
  /** Cell by cell: by stage, then lane, then their order in the cell. */
  touchpoints: Touchpoint[]
}

export interface JourneyPhase {
  id: string
  /** e.g. "Apply". */
  name: string
  stages: JourneyStage[]
}

export interface JourneyStage {
  id: string
  name: string
  /** The persona whose journey this stage is, or null. */
  personaId: string | null
  /** How the stage feels to the customer, −2 … +2; null until someone says. */
  experience: ExperienceScore | null
}

export interface JourneyLane {
  id: string
  kind: LaneKind
  name: string
}

export interface PainPoint {
  severity: PainSeverity
  /** What hurts and why; '' when none is written. */
  note: string
}

export interface Touchpoint {
  id: string
  stageId: string
  laneId: string
  text: string
  /** The department responsible (folded name, as cubes' departments), '' when none. */
  departmentId: string
  painPoint: PainPoint | null
  /**
   * What in the cube network it is: a front-stage channel touchpoint points at a cube's
   * Experience channel, a back-stage one at a cube's service or process, any at a cube.
   */
  linkedId: string | null
}

/** The customer-experience maps of a board. */
export interface JourneyMaps {
  journeys: Journey[]
}
