/** Reads the principles matrices from a board's records: matrix shapes, their rows and cells. */
import { z } from 'zod'
import { compareIds } from '../ordering'
import { collectInto, type SectionReader } from '../section'
import { foldedDepartment } from '../cubes/departments'
import type { PrincipleCell, PrinciplesMatrix } from './principles-model'
import {
  principleCellTypeName,
  principleKeys,
  principleRoles,
  principleRowTypeName,
  principlesShapeType,
} from './vocabulary'

const matrixShape = z.object({
  id: z.string(),
  typeName: z.literal('shape'),
  type: z.literal(principlesShapeType),
  props: z.object({ title: z.string() }),
})

const row = z.object({
  id: z.string(),
  typeName: z.literal(principleRowTypeName),
  matrixId: z.string(),
  key: z.enum(principleKeys).nullable(),
  name: z.string(),
  index: z.string(),
})

const cell = z.object({
  id: z.string(),
  typeName: z.literal(principleCellTypeName),
  matrixId: z.string(),
  rowId: z.string(),
  department: z.string(),
  role: z.enum(principleRoles),
  note: z.string(),
})

/**
 * The matrices' reader: rows in their order; cells of the matrix's rows and of departments
 * on the board (a unit that left the board leaves its column), in row and department order.
 * Of two cells two people made for one row and unit at once, the lower id counts.
 */
export function principlesReader(): SectionReader {
  const matrices: z.infer<typeof matrixShape>[] = []
  const rows: z.infer<typeof row>[] = []
  const cells: z.infer<typeof cell>[] = []
  const readers = [
    collectInto(matrixShape, matrices),
    collectInto(row, rows),
    collectInto(cell, cells),
  ]
  return {
    take: (record) => readers.some((read) => read(record)),
    build(model) {
      const departmentOrder = new Map(model.departments.map((d, at) => [d.id, at]))
      model.principles = matrices
        .sort((a, b) => a.props.title.localeCompare(b.props.title) || compareIds(a.id, b.id))
        .map(({ id, props }): PrinciplesMatrix => {
          const matrixRows = rows
            .filter((r) => r.matrixId === id)
            .sort((a, b) => compareIds(a.index, b.index) || compareIds(a.id, b.id))
          const rowOrder = new Map(matrixRows.map((r, at) => [r.id, at]))
          const byCell = new Map<string, PrincipleCell & { id: string }>()
          for (const c of [...cells].sort((a, b) => compareIds(a.id, b.id))) {
            const departmentId = foldedDepartment(c.department).id
            const key = `${c.rowId}\n${departmentId}`
            if (c.matrixId !== id || !rowOrder.has(c.rowId) || byCell.has(key)) continue
            if (!departmentOrder.has(departmentId)) continue
            byCell.set(key, { id: c.id, rowId: c.rowId, departmentId, role: c.role, note: c.note })
          }
          return {
            id,
            title: props.title.trim(),
            rows: matrixRows.map(({ id: rowId, key, name }) => ({
              id: rowId,
              key,
              name: name.trim(),
            })),
            cells: [...byCell.values()]
              .sort(
                (a, b) =>
                  rowOrder.get(a.rowId)! - rowOrder.get(b.rowId)! ||
                  departmentOrder.get(a.departmentId)! - departmentOrder.get(b.departmentId)!,
              )
              .map(({ rowId, departmentId, role, note }) => ({ rowId, departmentId, role, note })),
          }
        })
    },
  }
}
