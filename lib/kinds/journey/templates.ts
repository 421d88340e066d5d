/** What the experience map board's templates put on a new board (built in the server process). */
import type { TLPageId, TLRecord, TLShapeId, TLStore } from 'tldraw'
import {
  emptyBoardModel,
  journeyStageTypeName,
  offeringItemTypeName,
  personaShapeType,
} from '@/lib/model'
import type { TLCubeItemId } from '../../shapes/cube/item-record'
import type { TLOfferingItem } from '../../shapes/organisation/offering-record'
import { recordsFromModel } from '../../shapes/records-from-model'
import { standardJourneyParts } from '../../shapes/journey/part-records'
import {
  mortgageLoanNetwork,
  mortgageLoanNetworkLayout,
} from '../cube-network/mortgage-loan-network'
import type { TemplateIdOf } from '../define-kind'
import { recordsBuiltBy } from '../kind-shapes'
import { buildPersonaValueZone } from '../value-zone/persona-value-zone'
import { homeLoanJourney } from './home-loan-journey'
import { journeyKind } from './kind'

export const journeyTemplates: Record<TemplateIdOf<typeof journeyKind>, () => TLRecord[]> = {
  'blank-journey': () => recordsBuiltBy(journeyKind, buildBlankJourney),
  'home-loan-journey': () => recordsBuiltBy(journeyKind, buildHomeLoanJourney),
}

/** One untitled map with the standard lanes and one phase with one stage, as the tool draws it. */
function buildBlankJourney(store: TLStore): void {
  const journeyId = 'shape:journey' as TLShapeId
  const map = { id: journeyId, title: '', phases: [], lanes: [], touchpoints: [] }
  store.put(recordsFromModel({ ...emptyBoardModel(), journeys: [map] }))
  store.put(standardJourneyParts(journeyId))
}

/**
 * Where things stand on the home loan board: the value zone top left, the cube network to its
 * right, the map below both (it grows downwards as touchpoints are added).
 */
const homeLoanLayout = (() => {
  const networkShift = 1500
  return {
    ...Object.fromEntries(
      Object.entries(mortgageLoanNetworkLayout).map(([id, { x, y }]) => [
        id,
        { x: x + networkShift, y },
      ]),
    ),
    'shape:home-loan-journey': { x: 0, y: 2100 },
  }
})()

/**
 * The mortgage example on one board: the Mortgage loan network's cubes, the two personas with
 * their needs and the offerings that fulfil them, and the home buyer's journey linked to both.
 */
function buildHomeLoanJourney(store: TLStore, pageId: TLPageId): void {
  store.put(
    recordsFromModel({ ...mortgageLoanNetwork, journeys: [homeLoanJourney()] }, homeLoanLayout),
  )
  buildPersonaValueZone(store, pageId)
  const homeBuyer = store
    .allRecords()
    .find(
      (record) =>
        record.typeName === 'shape' &&
        record.type === personaShapeType &&
        record.props.name === 'Self-service home buyer',
    )
  if (!homeBuyer) throw new Error('template: the value zone has no "Self-service home buyer"')
  const records = store.allRecords()
  const stages = records
    .filter((record) => record.typeName === journeyStageTypeName)
    .map((stage) => ({ ...stage, personaId: homeBuyer.id as TLShapeId }))
  // The organisation's services are the cubes' own, so a failing cube reaches the personas.
  const cubeServices = mortgageLoanNetwork.items.filter((item) => item.kind === 'service')
  const services = records
    .filter(
      (record): record is TLOfferingItem =>
        record.typeName === offeringItemTypeName && record.kind === 'service',
    )
    .map((offering) => ({
      ...offering,
      cubeItemId:
        (cubeServices.find((service) => service.text === offering.text)?.id as TLCubeItemId) ??
        null,
    }))
  store.put([...stages, ...services])
}
