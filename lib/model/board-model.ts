/**
 * The shared model of a board: what its shapes and records mean, without their drawing.
 * Plain data with stable ids (the board's record ids), versioned so that saved copies and
 * exports say which shape they have. Each board kind adds its section (cubes/, value-zone/).
 */
import type { CubeNetwork } from './cubes/cube-model'
import type { JourneyMaps } from './journey/journey-model'
import type { PrinciplesMatrices } from './principles/principles-model'
import type { ValueZone } from './value-zone/value-zone-model'

export type * from './cubes/cube-model'
export type * from './value-zone/value-zone-model'
export type * from './journey/journey-model'
export type * from './principles/principles-model'
export type { CubeFace, FaceItemKind } from './cubes/vocabulary'
export type { OfferingKind } from './value-zone/vocabulary'

/**
 * The version of the model files this Cubeboard writes. Version 2 added conflicting links,
 * journeys and principles; version 1 files are read as version 2 with none of them.
 */
export const boardModelVersion = 2

/** Dots a finished dot vote gave one thing on the board (a cube, item, need, note…). */
export interface VoteTally {
  targetId: string
  /** The vote's question, e.g. "What helps customers most?". */
  vote: string
  dots: number
}

export interface BoardModel extends CubeNetwork, ValueZone, JourneyMaps, PrinciplesMatrices {
  version: typeof boardModelVersion
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
    conflictingLinks: [],
    personas: [],
    needs: [],
    organisations: [],
    offerings: [],
    fulfilments: [],
    journeys: [],
    principles: [],
    votes: [],
  }
}
