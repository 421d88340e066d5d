// Value-zone records leave together: needs and offerings with their links, with their shapes.
import type { TLStore } from '@tldraw/tlschema'
import {
  offeringItemTypeName,
  organisationShapeType,
  personaNeedTypeName,
  personaShapeType,
} from '@/lib/model'
import { offeringItemsOf, type TLOfferingItemId } from '../organisation/offering-record'
import { needsOf, type TLPersonaNeedId } from '../persona/need-record'
import { valueLinksOf } from './value-link-record'

/** Removes needs together with the links that say they are fulfilled, in one change. */
export function removeNeeds(store: TLStore, needIds: readonly TLPersonaNeedId[]): void {
  const gone = new Set<string>(needIds)
  const links = valueLinksOf(store).filter((link) => gone.has(link.needId))
  store.remove([...needIds, ...links.map((link) => link.id)])
}

/** Removes organisation items together with the links to them, in one change. */
export function removeOfferingItems(store: TLStore, itemIds: readonly TLOfferingItemId[]): void {
  const gone = new Set<string>(itemIds)
  const links = valueLinksOf(store).filter((link) => gone.has(link.offeringId))
  store.remove([...itemIds, ...links.map((link) => link.id)])
}

/** Deleting a persona deletes its needs and their links, in the same change (one undo). */
export function deleteNeedsWithTheirPersona(store: TLStore): () => void {
  return store.sideEffects.registerAfterDeleteHandler('shape', (shape, source) => {
    if (source !== 'user' || shape.type !== personaShapeType) return
    const needs = needsOf(store, shape.id)
    if (needs.length)
      removeNeeds(
        store,
        needs.map((need) => need.id),
      )
  })
}

/** Deleting an organisation deletes its items and their links, in the same change. */
export function deleteOfferingsWithTheirOrganisation(store: TLStore): () => void {
  return store.sideEffects.registerAfterDeleteHandler('shape', (shape, source) => {
    if (source !== 'user' || shape.type !== organisationShapeType) return
    const items = offeringItemsOf(store, shape.id)
    if (items.length)
      removeOfferingItems(
        store,
        items.map((item) => item.id),
      )
  })
}

/**
 * Deleting a need or an offering however it goes (undo, another path) drops its links.
 * Only the participant who deleted does it; the others receive the deletions through sync.
 */
export function deleteValueLinksWithTheirEnds(store: TLStore): () => void {
  const unregister = [
    store.sideEffects.registerAfterDeleteHandler(personaNeedTypeName, (need, source) => {
      if (source !== 'user') return
      const links = valueLinksOf(store).filter((link) => link.needId === need.id)
      if (links.length) store.remove(links.map((link) => link.id))
    }),
    store.sideEffects.registerAfterDeleteHandler(offeringItemTypeName, (item, source) => {
      if (source !== 'user') return
      const links = valueLinksOf(store).filter((link) => link.offeringId === item.id)
      if (links.length) store.remove(links.map((link) => link.id))
    }),
  ]
  return () => unregister.forEach((stop) => stop())
}
