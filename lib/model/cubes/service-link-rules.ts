/**
 * What a service link may join (docs/domain.md §2): a Front Stage service of one cube serves a
 * Back Stage process step of another. A step has one provider; a service may serve many
 * steps. Plain data in, a verdict with a reason out, so the board can say why it refuses a
 * link before anyone makes it, and the model can leave out links that break the rules.
 */
import { compareIds } from '../ordering'
import type { ConflictingLink, CubeNetwork, ServiceLink } from './cube-model'

/** An item as the rules see it. */
export interface LinkableItem {
  id: string
  cubeId: string
  kind: string
}

export interface ExistingServiceLink {
  id: string
  serviceId: string
  stepId: string
}

/** Which rule a refused link breaks (import problems and conflicts name it). */
export type ServiceLinkRule =
  | 'ends-missing'
  | 'direction'
  | 'starts-at-a-service'
  | 'ends-at-a-step'
  | 'another-cube'
  | 'once-per-step'
  | 'one-provider-per-step'

export type ServiceLinkVerdict =
  { allowed: true } | { allowed: false; reason: string; rule: ServiceLinkRule }

/**
 * Whether `service` may serve `step`, given the links already on the board (only those to
 * `step` matter, so a caller with many links may pass just those).
 */
export function checkServiceLink(
  service: LinkableItem | undefined,
  step: LinkableItem | undefined,
  existing: readonly ExistingServiceLink[],
): ServiceLinkVerdict {
  if (!service || !step)
    return refuse('ends-missing', 'Pick a service and the process step it serves.')
  if (service.kind !== 'service') {
    return step.kind === 'service' && service.kind === 'process-step'
      ? refuse(
          'direction',
          'A link goes from the service to the step it serves: start at the service.',
        )
      : refuse(
          'starts-at-a-service',
          'A link starts at a Front Stage service: only a service can serve another cube.',
        )
  }
  if (step.kind !== 'process-step') {
    return refuse(
      'ends-at-a-step',
      'A service serves a Back Stage process step: pick a step of a process.',
    )
  }
  if (service.cubeId === step.cubeId) {
    return refuse(
      'another-cube',
      'A cube does not serve itself: link a service to a step of another cube.',
    )
  }
  if (existing.some((link) => link.serviceId === service.id && link.stepId === step.id)) {
    return refuse('once-per-step', 'This service already serves that step.')
  }
  if (existing.some((link) => link.stepId === step.id)) {
    return refuse(
      'one-provider-per-step',
      'That step already has a provider: a step is served by one service.',
    )
  }
  return { allowed: true }
}

function refuse(rule: ServiceLinkRule, reason: string): ServiceLinkVerdict {
  return { allowed: false, reason, rule }
}

/** A link as drawn: its id, the service and the step it ties, and its words. */
export interface DrawnLink {
  id: string
  serviceId: string
  stepId: string
  label: string
}

/**
 * The links that keep the rules, in id order: of two links two people made to one step at
 * the same moment, every peer (and the server) keeps the same one, the lower id, and the
 * other is a conflict, drawn and listed until someone resolves it. The canvas asks the same
 * question, so what it marks as a conflict is what the model lists.
 */
export function keptAndConflictingLinks(
  links: DrawnLink[],
  items: readonly LinkableItem[],
): Pick<CubeNetwork, 'serviceLinks' | 'conflictingLinks'> {
  const byId = new Map(items.map((item) => [item.id, item]))
  const serviceLinks: ServiceLink[] = []
  const conflictingLinks: ConflictingLink[] = []
  const keptFor = new Map<string, ServiceLink>()
  for (const link of [...links].sort((a, b) => compareIds(a.id, b.id))) {
    const service = byId.get(link.serviceId)
    const step = byId.get(link.stepId)
    if (!service || !step) continue
    const modelLink = {
      id: link.id,
      serviceId: service.id,
      stepId: step.id,
      providerCubeId: service.cubeId,
      consumerCubeId: step.cubeId,
      label: link.label,
    }
    const kept = keptFor.get(step.id)
    const verdict = checkServiceLink(service, step, kept ? [kept] : [])
    if (verdict.allowed) {
      serviceLinks.push(modelLink)
      keptFor.set(step.id, modelLink)
      continue
    }
    if (verdict.rule !== 'one-provider-per-step' && verdict.rule !== 'once-per-step') continue
    conflictingLinks.push({ ...modelLink, keptLinkId: kept!.id, rule: verdict.rule })
  }
  return { serviceLinks, conflictingLinks }
}
