/**
 * The principles matrices of a model as board records: each matrix below the last, its rows
 * in the model's order and a cell per unit's role. Ids are the model's (cells have none in
 * the model and get new ones), so the board reads back the same model.
 */
import type { TLRecord } from '@tldraw/tlschema'
import { getIndexAbove, getIndices } from '@tldraw/utils'
import { principleCellTypeName, principleRowTypeName, principlesShapeType } from '@/lib/model'
import { onFirstPage } from '../pages'
import type { ModelWriter } from '../shape-schema'
import { principlePartId, type TLPrincipleCell, type TLPrincipleRow } from './part-records'
import type { TLPrinciplesShape } from './schema'

/** A first size before the view measures the table: a header row, then one row per principle. */
const rowHeight = 56
const firstColumn = 300
const unitColumn = 140
const gap = 80

export const principlesFromModel: ModelWriter = (model, place) => {
  let after = place.after
  let top = place.top
  const departmentNames = new Map(model.departments.map((d) => [d.id, d.name]))
  const records: TLRecord[] = []
  for (const matrix of model.principles) {
    after = getIndexAbove(after)
    const size = {
      w: firstColumn + unitColumn * Math.max(1, model.departments.length),
      h: rowHeight * (matrix.rows.length + 2),
    }
    const shape: TLPrinciplesShape = {
      id: matrix.id as TLPrinciplesShape['id'],
      typeName: 'shape',
      type: principlesShapeType,
      x: place.positions[matrix.id]?.x ?? 0,
      y: place.positions[matrix.id]?.y ?? top,
      ...onFirstPage(after),
      props: { ...size, title: matrix.title },
    }
    const indices = getIndices(matrix.rows.length + 1).slice(1)
    const rows = matrix.rows.map((row, n): TLPrincipleRow => ({
      id: row.id as TLPrincipleRow['id'],
      typeName: principleRowTypeName,
      matrixId: shape.id,
      key: row.key,
      name: row.name,
      index: indices[n]!,
      meta: {},
    }))
    const cells = matrix.cells.map((cell): TLPrincipleCell => ({
      id: principlePartId<TLPrincipleCell>(principleCellTypeName),
      typeName: principleCellTypeName,
      matrixId: shape.id,
      rowId: cell.rowId as TLPrincipleCell['rowId'],
      department: departmentNames.get(cell.departmentId) ?? cell.departmentId,
      role: cell.role,
      note: cell.note,
      meta: {},
    }))
    records.push(shape, ...rows, ...cells)
    top = Math.max(top, shape.y + size.h + gap)
  }
  return { records, bottom: top, after }
}
