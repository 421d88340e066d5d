/**
 * The model's answers as one JSON document, for scripts and pages
 * (`GET /api/boards/<id>/model/analysis`, documented in the README): each section's part,
 * with the gaps of all of them side by side.
 */
import type { BoardModel } from './board-model'
import { cubeNetworkAnalysis, type CubeNetworkAnalysis } from './cubes/analysis'
import { journeyAnalysis, type JourneyAnalysis } from './journey/analysis'
import { impactOf as impactOfTarget, type Impact } from './impact'
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

/** The analysis with the impact of one service, process, step or cube, as a script asks for it. */
export type ModelAnswer = ModelAnalysis & { impact?: Impact }

/**
 * The analysis, with the impact of `impactOf` when it is given; a refusal naming the id when
 * nothing on the board has it (a script asking about a deleted cube is told so, not given
 * an empty impact).
 */
export function modelAnswer(
  model: BoardModel,
  impactOf?: string,
): { answer: ModelAnswer } | { refused: string } {
  const analysis = modelAnalysis(model)
  if (impactOf === undefined) return { answer: analysis }
  const impact = impactOfTarget(model, impactOf)
  if (!impact) {
    return {
      refused: `no service, process, process step or cube on the board has the id "${impactOf}"`,
    }
  }
  return { answer: { ...analysis, impact } }
}
