/** How the board names journeys, stages and touchpoints in sentences and lists. */
import { quoted } from '../names'
import type { Journey, JourneyStage, Touchpoint } from './journey-model'

/** Each stage of a journey with its phase, in order. */
export function stagesOf(journey: Journey): (JourneyStage & { phase: string })[] {
  return journey.phases.flatMap((phase) =>
    phase.stages.map((stage) => ({ ...stage, phase: phase.name })),
  )
}

/** `Touchpoint “Upload payslips”` */
export function touchpointLabel(touchpoint: Pick<Touchpoint, 'text'>): string {
  return `Touchpoint ${quoted(touchpoint.text)}`
}

/** `Stage “Apply”` */
export function stageLabel(stage: Pick<JourneyStage, 'name'>): string {
  return `Stage ${quoted(stage.name)}`
}
