/** The rules the principles matrices of a model file must keep (see ../problems.ts). */
import type { BoardModel } from '../board-model'
import type { ModelProblems } from '../problems'

/** Cells of the matrix's own rows and of departments the file names, one per row and unit. */
export function checkPrinciples(model: BoardModel, problems: ModelProblems): void {
  const departments = new Set(model.departments.map((department) => department.id))
  model.principles.forEach((matrix, m) => {
    const rows = new Set(matrix.rows.map((row) => row.id))
    const seen = new Set<string>()
    matrix.cells.forEach((cell, c) => {
      const at = ['principles', m, 'cells', c]
      if (!rows.has(cell.rowId)) {
        problems.add(
          [...at, 'rowId'],
          'known-row',
          `no row of this matrix has the id "${cell.rowId}"`,
        )
      }
      if (!departments.has(cell.departmentId)) {
        problems.add(
          [...at, 'departmentId'],
          'known-department',
          `no department has the id "${cell.departmentId}"`,
        )
      }
      const key = `${cell.rowId}\n${cell.departmentId}`
      if (seen.has(key)) {
        problems.add(at, 'cell-once', 'this row already has a cell for that business unit')
      }
      seen.add(key)
    })
  })
}
