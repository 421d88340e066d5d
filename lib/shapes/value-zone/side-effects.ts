import type { TLStore } from 'tldraw'
import { offeringItemTypeName, personaNeedTypeName } from '@/lib/model'
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

/**
 * Deleting a persona or an organisation deletes its needs or items and their links, in the
 * same change, so one undo brings all back; deleting a need or an offering elsewhere (undo,
 * another path) drops its links. Only the participant who deleted does it; the others
 * receive the deletions through sync. Returns the function that unregisters it.
 */
export function deleteValueZoneRecordsWithTheirShape(store: TLStore): () => void {
  const unregister = [
    store.sideEffects.registerAfterDeleteHandler('shape', (shape, source) => {
      if (source !== 'user') return
      if (shape.type === 'persona') {
        const needs = needsOf(store, shape.id)
        if (needs.length)
          removeNeeds(
            store,
            needs.map((need) => need.id),
          )
      } else if (shape.type === 'organisation') {
        const items = offeringItemsOf(store, shape.id)
        if (items.length)
          removeOfferingItems(
            store,
            items.map((item) => item.id),
          )
      }
    }),
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
