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

/** `dependenciesOf`: list the dependencies of that cube only; all cubes' without it. */
export function modelAnalysis(
  model: BoardModel,
  options: { dependenciesOf?: string } = {},
): ModelAnalysis {
  const cubes = cubeNetworkAnalysis(model, options)
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

/** What a script asks the analysis for: the impact of one thing, the dependencies of one cube. */
export interface ModelQuestion {
  impactOf?: string
  cube?: string
}

/**
 * The analysis, with the impact of `question.impactOf` when it is given, and the
 * dependencies of `question.cube` only when that is given; a refusal naming the id when
 * nothing on the board has it (a script asking about a deleted cube is told so, not given
 * an empty answer).
 */
export function modelAnswer(
  model: BoardModel,
  question: ModelQuestion = {},
): { answer: ModelAnswer } | { refused: string } {
  const { impactOf, cube } = question
  if (cube !== undefined && !model.cubes.some((c) => c.id === cube)) {
    return { refused: `no cube on the board has the id "${cube}"` }
  }
  const analysis = modelAnalysis(model, { dependenciesOf: cube })
  if (impactOf === undefined) return { answer: analysis }
  const impact = impactOfTarget(model, impactOf)
  if (!impact) {
    return {
      refused: `no service, process, process step or cube on the board has the id "${impactOf}"`,
    }
  }
  return { answer: { ...analysis, impact } }
}
