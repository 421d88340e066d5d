/**
 * The words of the customer-experience map, written once: shape and record type names, the
 * lanes under the stages, the experience scale and pain-point severities (docs/domain.md §3b).
 */
import { namesOf, type KindWords } from '../words'

/** The shape type of a journey: the map's phases, stages and lanes, drawn as one grid. */
export const journeyShapeType = 'journey'

/** Record types of a journey's parts: each a record of its own, so concurrent edits all survive. */
export const journeyPhaseTypeName = 'journey_phase'
export const journeyStageTypeName = 'journey_stage'
export const journeyLaneTypeName = 'journey_lane'
export const touchpointTypeName = 'journey_touchpoint'

/**
 * The lanes under the stages, top to bottom: what the customer does, what they see, hear,
 * feel and touch, what the business does that directly affects them, and what it must have
 * and do out of their sight; `other` for a lane a workshop adds.
 */
export const laneKinds = [
  'customer-actions',
  'front-stage',
  'on-stage',
  'back-stage',
  'other',
] as const
export type LaneKind = (typeof laneKinds)[number]

/** The standard lanes, as a new journey has them. */
export const standardLaneKinds = [
  'customer-actions',
  'front-stage',
  'on-stage',
  'back-stage',
] as const

export const laneKindWords: Record<LaneKind, KindWords & { hint: string }> = {
  'customer-actions': {
    name: 'Customer actions',
    group: 'Customer actions',
    one: 'action',
    hint: 'What the customer does',
  },
  'front-stage': {
    name: 'Front-stage channels',
    group: 'Front-stage channels',
    one: 'channel',
    hint: 'What customers see, hear, feel and touch: staff, websites, call centres, print, products',
  },
  'on-stage': {
    name: 'On-stage activities',
    group: 'On-stage activities',
    one: 'activity',
    hint: 'What the business does that directly affects the customer: sales, marketing',
  },
  'back-stage': {
    name: 'Back-stage capabilities',
    group: 'Back-stage capabilities',
    one: 'capability',
    hint: 'Invisible to customers, essential to deliver: policies, staff, processes, systems',
  },
  other: { name: 'Lane', group: 'Lane', one: 'touchpoint', hint: 'A lane of your own' },
}

export const laneKindNames = namesOf(laneKindWords)

/** How a stage feels to the customer, from −2 (very bad) to +2 (very good). */
export const experienceScores = [-2, -1, 0, 1, 2] as const
export type ExperienceScore = (typeof experienceScores)[number]

export const experienceWords: Record<`${ExperienceScore}`, string> = {
  '-2': 'Very bad',
  '-1': 'Bad',
  '0': 'Neutral',
  '1': 'Good',
  '2': 'Very good',
}

/**
 * How much a pain point hurts: 1 annoying, 2 serious, 3 critical. The rule of thumb of the
 * workshops: it takes 12 positive experiences to make up for one unresolved negative one.
 */
export const painSeverities = [1, 2, 3] as const
export type PainSeverity = (typeof painSeverities)[number]

export const painSeverityWords: Record<`${PainSeverity}`, string> = {
  '1': 'Annoying',
  '2': 'Serious',
  '3': 'Critical',
}

/** Positive experiences it takes to make up for one unresolved negative experience. */
export const positivesPerNegative = 12
