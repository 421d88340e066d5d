/**
 * Impact across board kinds: if a service, a process step or a whole cube fails, which
 * cubes downstream fail with it, which customer offerings, journey touchpoints and stages
 * rely on them, which needs they fulfil, and which personas lose coverage — the question a
 * silo-breaking workshop exists to answer ("if KYC fails, who feels it?").
 */
import type { BoardModel } from './board-model'
import type { ReachedCube } from './cubes/analysis'
import { cubeTitles, itemLabel } from './cubes/names'
import { stageLabel, stagesOf, touchpointLabel } from './journey/names'
import { needLabel, offeringLabel } from './value-zone/names'
import { modelCoverage } from './value-zone/coverage'
import type { Counted } from './value-zone/analysis'

export interface Impact {
  /** What fails: a cube, or a service or process (step) of one. */
  target: { id: string; kind: 'cube' | 'service' | 'process' | 'process-step'; cubeId: string }
  /** The consumer cubes that fail with it, transitively, nearest first, with the way there. */
  cubes: ReachedCube[]
  /** Customer offerings (value zone) that are services of what fails. */
  offerings: string[]
  /** Journey touchpoints that point at what fails. */
  touchpoints: string[]
  /** The journey stages those touchpoints are in. */
  stages: string[]
  /** Persona needs those offerings fulfil. */
  needs: string[]
  /** Personas whose needs are met less once it fails. */
  personas: { personaId: string; before: Counted; after: Counted }[]
}

/**
 * What fails downstream when `id` fails. A service fails alone; a process, a process step
 * or a cube takes all of its cube's services with it (the model does not say which services
 * a process delivers). A consumer cube fails whole, and so on down the network. Null when
 * `id` is none of these.
 */
export function impactOf(model: BoardModel, id: string): Impact | null {
  const target = targetOf(model, id)
  if (!target) return null
  const servicesOf = new Map<string, string[]>()
  for (const item of model.items) {
    if (item.kind !== 'service') continue
    servicesOf.set(item.cubeId, [...(servicesOf.get(item.cubeId) ?? []), item.id])
  }
  const wholeCube = target.kind !== 'service'
  const failing = new Set(wholeCube ? (servicesOf.get(target.cubeId) ?? []) : [id])
  const failedCubes = new Set(wholeCube ? [target.cubeId] : [])
  const cubes: ReachedCube[] = []
  const reached = new Map<string, ReachedCube>([
    [target.cubeId, { cubeId: target.cubeId, distance: 0, path: [target.cubeId] }],
  ])
  let frontier = [target.cubeId]
  for (let distance = 1; frontier.length > 0; distance++) {
    const next: string[] = []
    for (const from of frontier) {
      for (const link of model.serviceLinks) {
        if (link.providerCubeId !== from || !failing.has(link.serviceId)) continue
        if (reached.has(link.consumerCubeId)) continue
        const step = {
          cubeId: link.consumerCubeId,
          distance,
          path: [...reached.get(from)!.path, link.consumerCubeId],
        }
        reached.set(link.consumerCubeId, step)
        cubes.push(step)
        next.push(link.consumerCubeId)
      }
    }
    // A consumer cube that fails fails whole: all its services, for the next round.
    for (const cubeId of next) {
      failedCubes.add(cubeId)
      for (const service of servicesOf.get(cubeId) ?? []) failing.add(service)
    }
    frontier = next
  }
  const pointedAt = new Set<string>([...failing, ...failedCubes, id])
  for (const item of model.items) if (failedCubes.has(item.cubeId)) pointedAt.add(item.id)
  const offerings = model.offerings.filter(
    (o) => o.cubeItemId !== null && failing.has(o.cubeItemId),
  )
  const offeringIds = new Set(offerings.map((offering) => offering.id))
  const touchpoints = model.journeys.flatMap((journey) =>
    journey.touchpoints.filter((t) => t.linkedId !== null && pointedAt.has(t.linkedId)),
  )
  const touchedStages = new Set(touchpoints.map((t) => t.stageId))
  const lost = model.fulfilments.filter((f) => offeringIds.has(f.offeringId))
  const before = modelCoverage(model)
  const after = modelCoverage({
    ...model,
    fulfilments: model.fulfilments.filter((f) => !offeringIds.has(f.offeringId)),
  })
  const counted = (count: Counted): Counted => ({ met: count.met, total: count.total })
  return {
    target,
    cubes,
    offerings: offerings.map((offering) => offering.id),
    touchpoints: touchpoints.map((t) => t.id),
    stages: model.journeys.flatMap((journey) =>
      stagesOf(journey)
        .filter((stage) => touchedStages.has(stage.id))
        .map((stage) => stage.id),
    ),
    needs: [...new Set(lost.map((f) => f.needId))].sort(
      (a, b) => model.needs.findIndex((n) => n.id === a) - model.needs.findIndex((n) => n.id === b),
    ),
    personas: model.personas.flatMap((persona) => {
      const was = before.byPersona.get(persona.id)!.overall
      const is = after.byPersona.get(persona.id)!.overall
      return is.met < was.met
        ? [{ personaId: persona.id, before: counted(was), after: counted(is) }]
        : []
    }),
  }
}

function targetOf(model: BoardModel, id: string): Impact['target'] | null {
  if (model.cubes.some((cube) => cube.id === id)) return { id, kind: 'cube', cubeId: id }
  const item = model.items.find((candidate) => candidate.id === id)
  if (!item) return null
  if (item.kind === 'service' || item.kind === 'process' || item.kind === 'process-step') {
    return { id, kind: item.kind, cubeId: item.cubeId }
  }
  return null
}

/** The kinds of item that can fail (besides a whole cube): what the impact question offers. */
const failingKinds = new Set(['service', 'process', 'process-step'])

/** One cube in the "if this fails" picker, with its items that can fail. */
export interface ImpactChoice {
  cubeId: string
  title: string
  items: { id: string; label: string }[]
}

/** What can be asked "if this fails": each cube whole, and its services, processes and steps. */
export function impactChoices(model: BoardModel): ImpactChoice[] {
  const titles = cubeTitles(model)
  const items = new Map<string, ImpactChoice['items']>()
  for (const item of model.items) {
    if (!failingKinds.has(item.kind)) continue
    const list = items.get(item.cubeId) ?? []
    list.push({ id: item.id, label: itemLabel(item) })
    items.set(item.cubeId, list)
  }
  return model.cubes.map((cube) => ({
    cubeId: cube.id,
    title: titles.get(cube.id)!,
    items: items.get(cube.id) ?? [],
  }))
}

/**
 * How an impact answer names what is not a cube: offerings, needs, journey touchpoints and
 * stages, and personas, by id. Small (a board's value zone and journeys, not its cubes), so
 * the model page sends it to the browser once and names every answer it fetches with it.
 */
export function impactNames(model: BoardModel): Record<string, string> {
  return Object.fromEntries([
    ...model.offerings.map((o) => [o.id, offeringLabel(o)]),
    ...model.needs.map((n) => [n.id, needLabel(n)]),
    ...model.journeys.flatMap((j) => j.touchpoints.map((t) => [t.id, touchpointLabel(t)])),
    ...model.journeys.flatMap((j) => stagesOf(j).map((stage) => [stage.id, stageLabel(stage)])),
    ...model.personas.map((p) => [p.id, p.name || 'Unnamed persona']),
  ])
}

/** The cubes an impact takes down, for a picture to mark: where it starts, and every consumer reached. */
export function failedCubeIds(impact: Impact): Set<string> {
  return new Set([impact.target.cubeId, ...impact.cubes.map((reached) => reached.cubeId)])
}
