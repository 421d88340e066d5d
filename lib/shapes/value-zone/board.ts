// The value zone as the board's records hold it: coverage, link ends, links made by the rules.
import type { TLShape, TLStore } from 'tldraw'
import {
  checkValueLink,
  coverageByPersona,
  fulfils,
  offeringItemTypeName,
  personaNeedTypeName,
  type ValueLinkEnd,
  type ValueLinkVerdict,
  type ValueZoneCoverage,
  personaShapeType,
} from '@/lib/model'
import { offeringItemName, type TLOfferingItemId } from '../organisation/offering-record'
import { type TLPersonaNeedId } from '../persona/need-record'
import { newValueLink, valueLinksOf, type TLValueLink } from './value-link-record'

/**
 * The value zone as the board's records hold it: personas' needs, the organisation's
 * offerings and the links between them, read from a tldraw store for the pure rules in
 * lib/model/. Reactive inside a computed, so every participant's figures follow the board.
 */

/** Coverage of every persona on the board, with its gaps and idle offerings. */
export function valueZoneCoverageOf(store: TLStore): ValueZoneCoverage {
  const personaIds = store.query
    .records('shape')
    .get()
    .filter((shape: TLShape) => shape.type === personaShapeType)
    .map((shape) => shape.id)
  const needs = store.query
    .records(personaNeedTypeName)
    .get()
    .map((need) => ({ id: need.id, personaId: need.personaId, stated: need.stated }))
  const offeringIds = store.query
    .records(offeringItemTypeName)
    .get()
    .filter((item) => fulfils(item.kind))
    .map((item) => item.id)
  return coverageByPersona({ personaIds, needs, offeringIds, links: valueLinksOf(store) })
}

/** What a record is, as the link rules see it; undefined when it is no value-zone item. */
export function linkEndOf(store: TLStore, id: string): ValueLinkEnd | undefined {
  if (id.startsWith(`${personaNeedTypeName}:`)) {
    return store.get(id as TLPersonaNeedId) ? { kind: 'need', id } : undefined
  }
  if (id.startsWith(`${offeringItemTypeName}:`)) {
    const item = store.get(id as TLOfferingItemId)
    return item ? { kind: item.kind, id } : undefined
  }
  return undefined
}

/** Whether `fromId` may be linked to `toId` now. */
export function checkValueLinkIn(store: TLStore, fromId: string, toId: string): ValueLinkVerdict {
  return checkValueLink(linkEndOf(store, fromId), linkEndOf(store, toId), valueLinksOf(store))
}

/** Stand-ins for the other end while it is not picked yet: any need, any product. */
const anyNeed: ValueLinkEnd = { kind: 'need', id: '' }
const anyOffering: ValueLinkEnd = { kind: 'product', id: '' }

/** Why `id` cannot be the need a link starts at (the rules' words), or null when it can. */
export function refusalAsNeed(store: TLStore, id: string): string | null {
  const verdict = checkValueLink(linkEndOf(store, id), anyOffering, [])
  return verdict.allowed ? null : verdict.reason
}

/**
 * Why `id` cannot fulfil the need `needId` (any need while none is picked, '') in the rules'
 * words, or null when it can.
 */
export function refusalAsOffering(store: TLStore, needId: string, id: string): string | null {
  const need = needId ? linkEndOf(store, needId) : anyNeed
  const verdict = checkValueLink(need, linkEndOf(store, id), valueLinksOf(store))
  return verdict.allowed ? null : verdict.reason
}

/**
 * Records "need fulfilled by offering" when the rules allow it; otherwise changes nothing.
 * Returns the verdict (with the reason when refused) and the new link.
 */
export function linkNeedToOffering(
  store: TLStore,
  fromId: string,
  toId: string,
  note = '',
): ValueLinkVerdict & { link?: TLValueLink } {
  const verdict = checkValueLinkIn(store, fromId, toId)
  if (!verdict.allowed) return verdict
  const link = newValueLink({
    needId: fromId as TLPersonaNeedId,
    offeringId: toId as TLOfferingItemId,
    note,
  })
  store.put([link])
  return { ...verdict, link }
}

/** The products and services on the board, by name: what a need can be fulfilled by. */
export function fulfillingOfferingsOf(store: TLStore): { id: TLOfferingItemId; name: string }[] {
  return store.query
    .records(offeringItemTypeName)
    .get()
    .filter((item) => fulfils(item.kind))
    .map((item) => ({ id: item.id, name: offeringItemName(store, item) }))
    .sort((a, b) => a.name.localeCompare(b.name))
}
