/** The principles matrices' answers: each principle with its responsible units, and the gaps. */
import type { BoardModel } from '../board-model'
import type { PrincipleKey } from './vocabulary'

export interface PrinciplesAnalysis {
  principles: {
    principles: {
      matrixId: string
      rowId: string
      key: PrincipleKey | null
      name: string
      responsible: string[]
      contributes: string[]
    }[]
    /** Principles no business unit is responsible for: a gap. */
    withoutOwner: { matrixId: string; rowId: string; name: string }[]
  }
}

export function principlesAnalysis(model: BoardModel): PrinciplesAnalysis {
  const principles = model.principles.flatMap((matrix) =>
    matrix.rows.map((row) => {
      const units = (role: 'responsible' | 'contributes') =>
        matrix.cells
          .filter((cell) => cell.rowId === row.id && cell.role === role)
          .map((cell) => cell.departmentId)
      return {
        matrixId: matrix.id,
        rowId: row.id,
        key: row.key,
        name: row.name,
        responsible: units('responsible'),
        contributes: units('contributes'),
      }
    }),
  )
  return {
    principles: {
      principles,
      withoutOwner: principles
        .filter((principle) => principle.responsible.length === 0)
        .map(({ matrixId, rowId, name }) => ({ matrixId, rowId, name })),
    },
  }
}
