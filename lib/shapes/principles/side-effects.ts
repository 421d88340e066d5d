// A matrix's parts leave together: its rows and cells with the matrix, a row's cells with the row.
import type { TLShapeId, TLStore } from '@tldraw/tlschema'
import { principleRowTypeName, principlesShapeType } from '@/lib/model'
import { principlePartsOf, standardPrincipleRows } from './part-records'

/**
 * Deleting a matrix deletes its rows and cells, and deleting a row its cells, in the same
 * change, so one undo brings everything back. Only the participant who deleted does it; the
 * others receive the deletions through sync.
 */
export function deletePartsWithTheirMatrix(store: TLStore): () => void {
  const unregister = [
    store.sideEffects.registerAfterDeleteHandler('shape', (shape, source) => {
      if (source !== 'user' || shape.type !== principlesShapeType) return
      const { rows, cells } = principlePartsOf(store, shape.id as TLShapeId)
      if (rows.length || cells.length) store.remove([...rows, ...cells].map((part) => part.id))
    }),
    store.sideEffects.registerAfterDeleteHandler(principleRowTypeName, (row, source) => {
      if (source !== 'user') return
      const cells = principlePartsOf(store, row.matrixId).cells.filter((c) => c.rowId === row.id)
      if (cells.length) store.remove(cells.map((cell) => cell.id))
    }),
  ]
  return () => unregister.forEach((stop) => stop())
}

/**
 * A matrix drawn with the tool starts with the five principles. Only its maker writes them
 * (the others receive them through sync); a matrix that comes with its rows (an import)
 * keeps its own.
 */
export function giveNewMatricesTheirPrinciples(store: TLStore): () => void {
  return store.sideEffects.registerAfterCreateHandler('shape', (shape, source) => {
    if (source !== 'user' || shape.type !== principlesShapeType) return
    if (principlePartsOf(store, shape.id).rows.length) return
    store.put(standardPrincipleRows(shape.id))
  })
}
