import type { BoardModel, CubeFace, FaceItem, Need, Offering, Persona } from './board-model'
import { modelCoverage } from './value-zone-coverage'
import { cubeFaces } from './cubes/vocabulary'

export interface CubeWithEmptyFaces {
  cubeId: string
  faces: CubeFace[]
}

/** What the board does not (yet) say: the questions a facilitator brings back to the room. */
export interface BoardGaps {
  /** Services offered that no process step of another cube consumes. */
  unconsumedServices: FaceItem[]
  /** Process steps no other cube's service provides: done in-house, or a gap. */
  unprovidedSteps: FaceItem[]
  cubesWithEmptyFaces: CubeWithEmptyFaces[]
  personasWithoutNeeds: Persona[]
  /** Needs no product or service fulfils. */
  unmetNeeds: Need[]
  /** Products and services that fulfil no need: a question for the business. */
  idleOfferings: Offering[]
}

export function boardGaps(model: BoardModel): BoardGaps {
  const coverage = modelCoverage(model)
  const consumed = new Set(model.serviceLinks.map((link) => link.serviceId))
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
    personasWithoutNeeds: model.personas.filter(
      (persona) => !model.needs.some((need) => need.personaId === persona.id),
    ),
    unmetNeeds: model.needs.filter((need) => coverage.unmetNeedIds.has(need.id)),
    idleOfferings: model.offerings.filter((offering) => coverage.idleOfferingIds.has(offering.id)),
  }
}
