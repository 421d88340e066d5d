/**
 * The cube network boiled down to what a dependency trace needs (cube names and who relies on
 * whom), small enough to send to a browser with a model page of a thousand cubes, so that
 * tracing another cube is worked out there without reloading the page.
 */
import type { BoardModel } from '../board-model'
import type { Cube, ServiceLink } from './cube-model'
import { cubeTitles } from './names'

/** Cubes by position, and each pair of cubes a service link joins, once, by position. */
export interface TraceNetwork {
  cubeIds: string[]
  /** As {@link cubeTitles} names them, same-titled cubes told apart. */
  titles: string[]
  /** `[provider, consumer]` positions in `cubeIds`, in the order of the links' ids. */
  links: [number, number][]
}

/**
 * The trace network of a model. Links are kept in the order of their ids and a pair only at
 * its first link, so a trace of the unpacked network takes the same shortest paths, ties
 * broken alike, as one of the whole model.
 */
export function traceNetworkOf(
  model: Pick<BoardModel, 'cubes' | 'departments' | 'serviceLinks'>,
): TraceNetwork {
  const titles = cubeTitles(model)
  const cubeIds = model.cubes.map((cube) => cube.id)
  const at = new Map(cubeIds.map((id, index) => [id, index]))
  const pairs = new Set<string>()
  const links: [number, number][] = []
  for (const link of [...model.serviceLinks].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const provider = at.get(link.providerCubeId)
    const consumer = at.get(link.consumerCubeId)
    const pair = `${provider} ${consumer}`
    if (provider === undefined || consumer === undefined || pairs.has(pair)) continue
    pairs.add(pair)
    links.push([provider, consumer])
  }
  return { cubeIds, titles: cubeIds.map((id) => titles.get(id)!), links }
}

/** What `dependenciesOf` and a trace's names need, unpacked from a {@link TraceNetwork}. */
export interface TracedCubes {
  cubes: Cube[]
  serviceLinks: ServiceLink[]
  titles: Map<string, string>
}

/** A {@link TraceNetwork} unpacked, its links named by position so their order holds. */
export function unpackTraceNetwork(network: TraceNetwork): TracedCubes {
  const width = String(network.links.length).length
  return {
    cubes: network.cubeIds.map((id, index) => ({
      id,
      title: network.titles[index]!,
      departmentId: '',
    })),
    serviceLinks: network.links.map(([provider, consumer], index) => ({
      id: String(index).padStart(width, '0'),
      serviceId: '',
      stepId: '',
      providerCubeId: network.cubeIds[provider]!,
      consumerCubeId: network.cubeIds[consumer]!,
      label: '',
    })),
    titles: new Map(network.cubeIds.map((id, index) => [id, network.titles[index]!])),
  }
}
