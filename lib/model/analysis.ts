/**
 * The model's answers as one JSON document, for scripts and pages
 * (`GET /api/boards/<id>/model/analysis`, documented in the README): each section's part,
 * with the gaps of all of them side by side.
 */
import type { BoardModel } from './board-model'
import { cubeNetworkAnalysis, type CubeNetworkAnalysis } from './cubes/analysis'
import { journeyAnalysis, type JourneyAnalysis } from './journey/analysis'
import { principlesAnalysis, type PrinciplesAnalysis } from './principles/analysis'
import { valueZoneAnalysis, type ValueZoneAnalysis } from './value-zone/analysis'

export interface ModelAnalysis
  extends
    Omit<CubeNetworkAnalysis, 'gaps'>,
    Omit<ValueZoneAnalysis, 'gaps'>,
    JourneyAnalysis,
    PrinciplesAnalysis {
  gaps: CubeNetworkAnalysis['gaps'] &
    ValueZoneAnalysis['gaps'] & {
      /** Journey stages no back-stage capability supports. */
      stagesWithoutBackStage: string[]
      /** Principles no business unit is responsible for. */
      principlesWithoutOwner: PrinciplesAnalysis['principles']['withoutOwner']
    }
}

export function modelAnalysis(model: BoardModel): ModelAnalysis {
  const cubes = cubeNetworkAnalysis(model)
  const valueZone = valueZoneAnalysis(model)
  const journeys = journeyAnalysis(model)
  const principles = principlesAnalysis(model)
  return {
    ...cubes,
    ...valueZone,
    ...journeys,
    ...principles,
    gaps: {
      ...cubes.gaps,
      ...valueZone.gaps,
      stagesWithoutBackStage: journeys.journey.stagesWithoutBackStage,
      principlesWithoutOwner: principles.principles.withoutOwner,
    },
  }
}
