/** The principles matrix as a section of the shared model (see ../section.ts). */
import type { BoardModel } from '../board-model'
import { compared } from '../changes/comparison'
import { added, changed, removed } from '../changes/model-change'
import { quoted } from '../names'
import { noneIfEmpty, type ModelSection } from '../section'
import { checkPrinciples } from './check'
import { principlesReader } from './read'
import { principleRoleNames } from './vocabulary'

export const principlesSection: ModelSection = {
  id: 'principles',
  reader: principlesReader,
  recordIds(model) {
    return model.principles.flatMap((matrix, m) => [
      { at: ['principles', m, 'id'], id: matrix.id },
      ...matrix.rows.map((row, r) => ({ at: ['principles', m, 'rows', r, 'id'], id: row.id })),
    ])
  },
  things(model) {
    return model.principles.flatMap((matrix) =>
      matrix.rows.map((row) => ({
        id: row.id,
        label: `Principle ${quoted(row.name)}`,
        text: row.name,
        group: matrix.title || 'Principles',
      })),
    )
  },
  check: checkPrinciples,
  changes({ before, after, onBoard }) {
    const rows = compared(allRows(before), allRows(after))
    const cells = compared(allCells(before), allCells(after))
    const departments = new Map(
      [...before.departments, ...after.departments].map((d) => [d.id, d.name]),
    )
    const rowNames = new Map(
      [...allRows(before), ...allRows(after)].map((row) => [row.id, row.name]),
    )
    const cellText = (cell: (typeof cells.added)[number]) =>
      `${departments.get(cell.departmentId) || 'A unit'} ${cell.role === 'responsible' ? 'is responsible for' : 'contributes to'} ${quoted(rowNames.get(cell.rowId) ?? '')}`
    return [
      ...rows.added.map((row) => added(`Principle ${quoted(row.name)} added`, row.matrixId)),
      ...rows.removed.map((row) =>
        removed(`Principle ${quoted(row.name)} removed`, onBoard(row.matrixId)),
      ),
      ...rows.kept
        .filter(([old, row]) => old.name !== row.name)
        .map(([old, row]) =>
          changed(`Principle ${quoted(old.name)} renamed to ${quoted(row.name)}`, row.matrixId),
        ),
      ...cells.added.map((cell) => added(`${cellText(cell)} now`, cell.matrixId)),
      ...cells.removed.map((cell) =>
        removed(
          cellText(cell).replace(/ is responsible for| contributes to/, ' no longer $&'),
          onBoard(cell.matrixId),
        ),
      ),
      ...cells.kept
        .filter(([old, cell]) => old.role !== cell.role || old.note !== cell.note)
        .map(([, cell]) => changed(`${cellText(cell)} now`, cell.matrixId)),
    ]
  },
  search(model, matches) {
    return model.principles.flatMap((matrix) =>
      matrix.rows
        .filter((row) => row.name && matches([row.name], [matrix.title]))
        .map((row) => ({
          kind: 'principle' as const,
          id: matrix.id,
          text: row.name,
          context: `Principle of ${quoted(matrix.title)}`,
        })),
    )
  },
  tables(model) {
    const departments = new Map(model.departments.map((d) => [d.id, d.name]))
    return {
      principles: {
        header: [
          'matrix_id',
          'matrix',
          'principle_id',
          'principle',
          'key',
          'department_id',
          'department',
          'role',
          'note',
        ],
        rows: model.principles.flatMap((matrix) => {
          const rows = new Map(matrix.rows.map((row) => [row.id, row]))
          return matrix.rows.flatMap((row) => {
            const cells = matrix.cells.filter((cell) => cell.rowId === row.id)
            if (cells.length === 0) {
              return [[matrix.id, matrix.title, row.id, row.name, row.key, null, null, null, null]]
            }
            return cells.map((cell) => [
              matrix.id,
              matrix.title,
              cell.rowId,
              rows.get(cell.rowId)?.name ?? '',
              row.key,
              cell.departmentId,
              departments.get(cell.departmentId) ?? '',
              cell.role,
              cell.note,
            ])
          })
        }),
      },
    }
  },
  handout(model) {
    const departments = new Map(model.departments.map((d) => [d.id, d.name]))
    return model.principles.map((matrix) => ({
      title: `Principles: ${matrix.title || 'who is responsible'}`,
      lines: noneIfEmpty(
        matrix.rows.map((row) => {
          const units = (role: 'responsible' | 'contributes') =>
            matrix.cells
              .filter((cell) => cell.rowId === row.id && cell.role === role)
              .map((cell) => departments.get(cell.departmentId) ?? cell.departmentId)
          const responsible = units('responsible')
          const contributes = units('contributes')
          const who = responsible.length
            ? `${principleRoleNames.responsible.toLowerCase()}: ${responsible.join(', ')}`
            : 'no unit is responsible (a gap)'
          const helpers = contributes.length ? `; contributes: ${contributes.join(', ')}` : ''
          return `${row.name}: ${who}${helpers}`
        }),
      ),
    }))
  },
}

function allRows(model: BoardModel) {
  return model.principles.flatMap((matrix) =>
    matrix.rows.map((row) => ({ ...row, matrixId: matrix.id })),
  )
}

function allCells(model: BoardModel) {
  return model.principles.flatMap((matrix) =>
    matrix.cells.map((cell) => ({
      ...cell,
      id: `${matrix.id}\n${cell.rowId}\n${cell.departmentId}`,
      matrixId: matrix.id,
    })),
  )
}
