import { describe, expect, it } from 'vitest'
import { createShapeId } from 'tldraw'
import {
  canLink,
  deleteItemsWithTheirCube,
  deleteLinksWithTheirItems,
  keepLinksOnThePage,
  linkService,
  newCubeItem,
  serviceLinksOf,
} from '@/lib/shapes'
import { modelFromRecords } from '@/lib/model'
import { cubeShape, documentRecords, newStore, rectangle } from '../../helpers/tldraw-stores'

/** Credit Risk (whose Credit Granting has a KYC step) and CLM (which offers KYC). */
function twoCubes() {
  const store = newStore()
  const risk = cubeShape(undefined, { title: 'Credit Risk', department: 'Risk' })
  const clm = cubeShape(undefined, { title: 'CLM', department: 'CLM Department' })
  store.put([
    { ...risk, x: 0 },
    { ...clm, x: 900 },
  ])
  const granting = newCubeItem(store, { cubeId: risk.id, kind: 'process', text: 'Credit Granting' })
  store.put([granting])
  const kycStep = newCubeItem(store, {
    cubeId: risk.id,
    kind: 'process-step',
    text: 'KYC',
    processId: granting.id,
  })
  const kyc = newCubeItem(store, { cubeId: clm.id, kind: 'service', text: 'KYC' })
  const ownService = newCubeItem(store, {
    cubeId: risk.id,
    kind: 'service',
    text: 'Credit Application',
  })
  store.put([kycStep, kyc, ownService])
  return { store, risk, clm, kyc, kycStep, ownService }
}

describe('service links on a board', () => {
  it('link a service to a step of another cube, on top of the page, and read back as the model', () => {
    const { store, risk, clm, kyc, kycStep } = twoCubes()
    expect(linkService(store, kyc.id, kycStep.id, 'same day')).toEqual({ allowed: true })
    const [link] = serviceLinksOf(store)
    expect(link!.props).toEqual({ serviceId: kyc.id, stepId: kycStep.id, label: 'same day' })
    expect(link!.index > store.get(clm.id)!.index).toBe(true)
    expect(modelFromRecords(documentRecords(store)).serviceLinks).toEqual([
      {
        id: link!.id,
        serviceId: kyc.id,
        stepId: kycStep.id,
        providerCubeId: clm.id,
        consumerCubeId: risk.id,
        label: 'same day',
      },
    ])
  })

  it('refuse a link the rules do not allow, and change nothing', () => {
    const { store, kyc, kycStep, ownService } = twoCubes()
    const sameCube = linkService(store, ownService.id, kycStep.id)
    expect(sameCube).toEqual({
      allowed: false,
      reason: expect.stringMatching(/does not serve itself/),
      rule: 'another-cube',
    })
    const backwards = linkService(store, kycStep.id, kyc.id)
    expect(backwards.allowed).toBe(false)
    expect(serviceLinksOf(store)).toEqual([])
  })

  it('refuse a second provider for a step, naming the service that provides it and its cube', () => {
    const { store, clm, kyc, kycStep } = twoCubes()
    linkService(store, kyc.id, kycStep.id)
    const rival = newCubeItem(store, { cubeId: clm.id, kind: 'service', text: 'Identity check' })
    store.put([rival])
    expect(canLink(store, rival.id, kycStep.id)).toEqual({
      allowed: false,
      reason: 'KYC already has a provider: KYC (CLM)',
      rule: 'one-provider-per-step',
    })
    expect(linkService(store, rival.id, kycStep.id).allowed).toBe(false)
    expect(serviceLinksOf(store)).toHaveLength(1)
  })

  it('go with their cube or either item, in the same change', () => {
    const { store, risk, clm, kyc, kycStep } = twoCubes()
    const stop = [deleteItemsWithTheirCube(store), deleteLinksWithTheirItems(store)]
    linkService(store, kyc.id, kycStep.id)
    store.remove([kyc.id])
    expect(serviceLinksOf(store)).toEqual([])

    const again = newCubeItem(store, { cubeId: clm.id, kind: 'service', text: 'KYC' })
    store.put([again])
    linkService(store, again.id, kycStep.id)
    const changes: number[] = []
    const stopListening = store.listen((entry) =>
      changes.push(Object.keys(entry.changes.removed).length),
    )
    store.remove([risk.id])
    store._flushHistory()
    // The cube, its three items and the link, in one change.
    expect(changes).toEqual([5])
    expect(serviceLinksOf(store)).toEqual([])
    stopListening()
    stop.forEach((unregister) => unregister())
  })

  it('refuse a link record whose ends are not face items', () => {
    const { store, kyc, kycStep } = twoCubes()
    linkService(store, kyc.id, kycStep.id)
    const [link] = serviceLinksOf(store)
    const broken = { ...link!, props: { ...link!.props, serviceId: 'shape:not-an-item' } }
    expect(() => store.put([broken as typeof link & {}])).toThrow(/serviceId/)
  })

  it('leave the model when they break the rules (two providers written at once: the first id stays)', () => {
    const { store, clm, kyc, kycStep } = twoCubes()
    linkService(store, kyc.id, kycStep.id)
    const [first] = serviceLinksOf(store)
    const rival = newCubeItem(store, { cubeId: clm.id, kind: 'service', text: 'Identity check' })
    store.put([rival])
    // As a peer's concurrent link would arrive: past the rules, straight into the store.
    store.put([
      {
        ...first!,
        id: createShapeId('zzz'),
        props: { ...first!.props, serviceId: rival.id },
      },
    ])
    expect(serviceLinksOf(store)).toHaveLength(2)
    const links = modelFromRecords(documentRecords(store)).serviceLinks
    expect(links.map((link) => link.serviceId)).toEqual([
      first!.id < 'shape:zzz' ? kyc.id : rival.id,
    ])
  })

  it('stay children of the page when a frame takes in the shapes around them', () => {
    const { store, risk, clm, kyc, kycStep } = twoCubes()
    const stop = keepLinksOnThePage(store)
    linkService(store, kyc.id, kycStep.id)
    const [link] = serviceLinksOf(store)
    const frame = rectangle(createShapeId('frame'))
    store.put([frame])
    // What tldraw's frame tool does to every shape inside a new frame.
    store.put([risk, clm, link!].map((shape) => ({ ...store.get(shape.id)!, parentId: frame.id })))
    expect(store.get(risk.id)!.parentId).toBe(frame.id)
    expect(store.get(link!.id)!.parentId).toBe(link!.parentId)
    stop()
  })
})
