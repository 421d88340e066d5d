// Face items leave with their cube.
import type { TLStore } from '@tldraw/tlschema'
import { cubeShapeType } from '@/lib/model'
import { cubeItemsOf } from './item-record'

/**
 * Deleting a cube deletes the items on its faces, in the same change, so one undo brings
 * both back. Only the participant who deleted the cube does it; the others receive the
 * item deletions through sync. Register it when the editor mounts (`editor.store`);
 * returns the function that unregisters it.
 */
export function deleteItemsWithTheirCube(store: TLStore): () => void {
  return store.sideEffects.registerAfterDeleteHandler('shape', (shape, source) => {
    if (source !== 'user' || shape.type !== cubeShapeType) return
    const items = cubeItemsOf(store, shape.id)
    if (items.length) store.remove(items.map((item) => item.id))
  })
}
