// The page every board starts with.
import type { TLPageId } from '@tldraw/tlschema'
import type { IndexKey } from '@tldraw/utils'

/** The page every board starts with (tldraw's default page id). */
export const firstPageId = 'page:page' as TLPageId

/** What every shape a board is seeded with has in common: on the first page, unrotated, unlocked. */
export function onFirstPage(index: IndexKey) {
  return {
    rotation: 0,
    index,
    parentId: firstPageId,
    isLocked: false,
    opacity: 1,
    meta: {},
  }
}
