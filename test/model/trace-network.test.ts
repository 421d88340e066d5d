import { describe, expect, it } from 'vitest'
import {
  cubeTitles,
  dependenciesOf,
  traceNetworkOf,
  unpackTraceNetwork,
  type CubeDependencies,
} from '@/lib/model'
import { bigModel } from '../../bench/model/big-model'
import { mortgageNetwork } from './model-builder'

/** A trace as a reader sees it: who, how far, which way; link ids are not part of it. */
function readable(found: CubeDependencies) {
  const steps = (list: CubeDependencies['upstream']) =>
    list.map((step) => ({ cubeId: step.cubeId, depth: step.depth, path: step.path }))
  return {
    upstream: steps(found.upstream),
    downstream: steps(found.downstream),
    cycles: found.cycles,
  }
}

describe('the trace network the model page sends to the browser', () => {
  it('traces every cube of a network as the whole model does, paths and cycles alike', () => {
    const model = mortgageNetwork()
      .link('Home Loan', 'Customer insight', 'Customer Lifecycle Management', 'Profile update')
      .build()
    const unpacked = unpackTraceNetwork(traceNetworkOf(model))
    for (const cube of model.cubes) {
      expect(readable(dependenciesOf(unpacked, cube.id))).toEqual(
        readable(dependenciesOf(model, cube.id)),
      )
    }
    expect(unpacked.titles).toEqual(cubeTitles(model))
  })

  it('keeps the tie-breaks of a large network with many links per pair and cycles', () => {
    const model = bigModel(300)
    const unpacked = unpackTraceNetwork(traceNetworkOf(model))
    for (const id of ['shape:cube0', 'shape:cube15', 'shape:cube149', 'shape:cube299']) {
      expect(readable(dependenciesOf(unpacked, id))).toEqual(readable(dependenciesOf(model, id)))
    }
  })

  it('sends each linked pair once, by position, whatever the number of links', () => {
    const model = mortgageNetwork().build()
    const twice = {
      ...model,
      serviceLinks: [
        ...model.serviceLinks,
        ...model.serviceLinks.map((link) => ({ ...link, id: `${link.id} again` })),
      ],
    }
    const network = traceNetworkOf(twice)
    expect(network.links).toEqual(traceNetworkOf(model).links)
    expect(network.links.length).toBe(
      new Set(model.serviceLinks.map((l) => `${l.providerCubeId} ${l.consumerCubeId}`)).size,
    )
  })

  it('stays small at a thousand cubes: a few tens of kilobytes, not the model', () => {
    const model = bigModel(1000)
    const sent = JSON.stringify(traceNetworkOf(model)).length
    expect(sent).toBeLessThan(JSON.stringify(model).length / 20)
    expect(sent).toBeLessThan(80_000)
  })
})
