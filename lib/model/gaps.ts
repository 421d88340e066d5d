/** What the board does not (yet) say: the questions a facilitator brings back to the room. */
import type { BoardModel } from './board-model'
import { cubeNetworkGaps, type CubeNetworkGaps } from './cubes/gaps'
import { valueZoneGaps, type ValueZoneGaps } from './value-zone/gaps'

export type { CubeWithEmptyFaces } from './cubes/gaps'

export interface BoardGaps extends CubeNetworkGaps, ValueZoneGaps {}

export function boardGaps(model: BoardModel): BoardGaps {
  return { ...cubeNetworkGaps(model), ...valueZoneGaps(model) }
}
