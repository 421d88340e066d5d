/** What a board's cube network does not (yet) say: unused services, unprovided steps, empty faces. */
import type { BoardModel } from '../board-model'
import type { ConflictingLink, FaceItem } from './cube-model'
import { cubeFaces, type CubeFace } from './vocabulary'

export interface CubeWithEmptyFaces {
  cubeId: string
  faces: CubeFace[]
}

export interface CubeNetworkGaps {
  /**
   * Services offered that no process step of another cube consumes. A service whose only
   * link conflicts with another provider is not unused: it is listed in `conflictingLinks`.
   */
  unconsumedServices: FaceItem[]
  /** Process steps no other cube's service provides: done in-house, or a gap. */
  unprovidedSteps: FaceItem[]
  cubesWithEmptyFaces: CubeWithEmptyFaces[]
  /** Links drawn to a step that already has a provider: both arrows show until resolved. */
  conflictingLinks: ConflictingLink[]
}

export function cubeNetworkGaps(model: BoardModel): CubeNetworkGaps {
  const consumed = new Set(
    [...model.serviceLinks, ...model.conflictingLinks].map((link) => link.serviceId),
  )
  const provided = new Set(model.serviceLinks.map((link) => link.stepId))
  const facesInUse = new Map<string, Set<CubeFace>>()
  for (const item of model.items) {
    const inUse = facesInUse.get(item.cubeId)
    if (inUse) inUse.add(item.face)
    else facesInUse.set(item.cubeId, new Set([item.face]))
  }
  return {
    unconsumedServices: model.items.filter(
      (item) => item.kind === 'service' && !consumed.has(item.id),
    ),
    unprovidedSteps: model.items.filter(
      (item) => item.kind === 'process-step' && !provided.has(item.id),
    ),
    cubesWithEmptyFaces: model.cubes
      .map((cube) => ({
        cubeId: cube.id,
        faces: cubeFaces.filter((face) => !facesInUse.get(cube.id)?.has(face)),
      }))
      .filter((cube) => cube.faces.length > 0),
    conflictingLinks: model.conflictingLinks,
  }
}
