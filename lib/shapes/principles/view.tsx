// The principles matrix as drawn and edited in place: principles down, business units across.
import { useCallback, useRef, useState } from 'react'
import { useEditor, useIsEditing, useValue, type Editor } from 'tldraw'
import {
  foldedDepartment,
  principleCellTypeName,
  principleRoleNames,
  principleRoles,
  principlesShapeType,
  principleWords,
  touchpointTypeName,
  type PrincipleRole,
} from '@/lib/model'
import { cubeDepartmentsOn } from '../cube/board-departments'
import { useSizeFollowsContent } from '../shared/grow-to-content'
import { editingPointerProps, PropField, useFocusAfterRender } from '../shared/inline-fields'
import { useIsLockedForMe } from '../shared/locks'
import {
  newPrincipleRow,
  principlePartId,
  principlePartsOf,
  type TLPrincipleCell,
  type TLPrincipleRow,
} from './part-records'
import type { TLPrinciplesShape } from './schema'

/** A business unit as a column: the board's departments, folded as the model folds them. */
interface Unit {
  id: string
  name: string
}

/** How a role reads in a cell: a mark that is not only colour, and its word. */
const roleMarks: Record<PrincipleRole, string> = { responsible: '●', contributes: '○' }

/** A principles matrix: one table, edited in place by keyboard as by pointer. */
export function PrinciplesView({ shape }: { shape: TLPrinciplesShape }) {
  const editor = useEditor()
  const isEditing = useIsEditing(shape.id)
  const locked = useIsLockedForMe(shape.id)
  const root = useRef<HTMLDivElement>(null)
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const { rows, cells } = useValue('matrix parts', () => principlePartsOf(editor.store, shape.id), [
    editor,
    shape.id,
  ])
  const units = useValue('business units on the board', () => unitsOn(editor), [editor])

  const [wasEditing, setWasEditing] = useState(isEditing)
  if (wasEditing !== isEditing) {
    setWasEditing(isEditing)
    setFocusKey(isEditing ? 'principles-title' : null)
  }
  useFocusAfterRender(root, focusKey, setFocusKey, [isEditing, rows])
  useSizeFollowsContent(shape.id, root)

  // Of two cells two people made for one principle and unit at once, the lower id counts, as in the model.
  const cellAt = new Map<string, TLPrincipleCell>()
  for (const cell of [...cells].sort((a, b) => (a.id < b.id ? -1 : 1))) {
    const key = `${cell.rowId}\n${foldedDepartment(cell.department).id}`
    if (!cellAt.has(key)) cellAt.set(key, cell)
  }
  const cellOf = (row: TLPrincipleRow, unit: Unit) => cellAt.get(`${row.id}\n${unit.id}`)

  const change = (mark: string, write: () => void) => {
    editor.markHistoryStoppingPoint(mark)
    write()
  }
  const setRole = (row: TLPrincipleRow, unit: Unit, role: PrincipleRole | null) => {
    const cell = cellOf(row, unit)
    change('set principle role', () => {
      if (!role) {
        if (cell) editor.store.remove([cell.id])
      } else if (cell) {
        editor.store.update(cell.id, (current) => ({ ...current, role }))
      } else {
        editor.store.put([newCell(shape.id, row, unit, role)])
      }
    })
  }
  const updateTitle = useCallback(
    (title: string) =>
      editor.updateShape<TLPrinciplesShape>({
        id: shape.id,
        type: principlesShapeType,
        props: { title },
      }),
    [editor, shape.id],
  )

  return (
    <div
      ref={root}
      className="content-sized principles-matrix"
      data-editing={isEditing}
      {...editingPointerProps(isEditing)}
    >
      <div className="content-sized-title">
        {isEditing ? (
          <PropField
            readOnly={locked}
            label="Matrix title"
            focusKey="principles-title"
            value={shape.props.title}
            placeholder="Matrix, e.g. Who carries the five principles"
            className="principles-title-field"
            onCommit={updateTitle}
          />
        ) : (
          <h2>{shape.props.title || 'Five principles'}</h2>
        )}
      </div>
      {units.length === 0 ? (
        <p className="principles-empty">
          The business units are the board’s departments: name a department on a cube or a
          touchpoint, and it gets a column here.
        </p>
      ) : null}
      <table className="principles-table">
        <thead>
          <tr>
            <th scope="col">Principle</th>
            {units.map((unit) => (
              <th key={unit.id} scope="col" className="principles-unit">
                {unit.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row, n) => {
            const responsible = units.some((unit) => cellOf(row, unit)?.role === 'responsible')
            return (
              <tr key={row.id} data-row={row.key ?? 'custom'} data-gap={!responsible}>
                <th scope="row" title={row.key ? principleWords[row.key].hint : undefined}>
                  {isEditing ? (
                    <span className="principles-row-fields">
                      <PropField
                        label={`Principle ${n + 1}`}
                        focusKey={`row-${row.id}`}
                        value={row.name}
                        placeholder="Principle"
                        className="principles-row-name"
                        onCommit={(name) =>
                          change('rename principle', () =>
                            editor.store.update(row.id, (current) => ({ ...current, name })),
                          )
                        }
                      />
                      <button
                        type="button"
                        aria-label={`Delete principle ${row.name}`}
                        onClick={() =>
                          change('delete principle', () => editor.store.remove([row.id]))
                        }
                      >
                        ✕
                      </button>
                    </span>
                  ) : (
                    <span className="principles-row-name">{row.name || 'Unnamed principle'}</span>
                  )}
                  {responsible ? null : (
                    <span className="principles-gap">⚠ no unit responsible</span>
                  )}
                </th>
                {units.map((unit) => {
                  const cell = cellOf(row, unit)
                  return (
                    <td key={unit.id} data-role={cell?.role ?? 'none'}>
                      {isEditing ? (
                        <RoleEditor
                          label={`${row.name || 'Principle'}, ${unit.name}`}
                          cell={cell}
                          onRole={(role) => setRole(row, unit, role)}
                          onNote={(note) =>
                            cell &&
                            change('note on principle role', () =>
                              editor.store.update(cell.id, (current) => ({ ...current, note })),
                            )
                          }
                        />
                      ) : cell ? (
                        <>
                          <span className="principles-role">
                            {roleMarks[cell.role]} {principleRoleNames[cell.role]}
                          </span>
                          {cell.note ? <span className="principles-note">{cell.note}</span> : null}
                        </>
                      ) : null}
                    </td>
                  )
                })}
              </tr>
            )
          })}
        </tbody>
      </table>
      {isEditing ? (
        <button
          type="button"
          className="principles-add"
          onClick={() => {
            const row = newPrincipleRow(editor.store, shape.id, '')
            change('add principle', () => editor.store.put([row]))
            setFocusKey(`row-${row.id}`)
          }}
        >
          + Add a principle
        </button>
      ) : null}
    </div>
  )
}

/** One cell while editing: the unit's role for the principle, and a note once it has one. */
function RoleEditor(props: {
  label: string
  cell: TLPrincipleCell | undefined
  onRole(role: PrincipleRole | null): void
  onNote(note: string): void
}) {
  return (
    <span className="principles-cell-fields">
      <select
        aria-label={props.label}
        value={props.cell?.role ?? ''}
        onChange={(event) => props.onRole((event.target.value || null) as PrincipleRole | null)}
      >
        <option value="">—</option>
        {principleRoles.map((role) => (
          <option key={role} value={role}>
            {roleMarks[role]} {principleRoleNames[role]}
          </option>
        ))}
      </select>
      {props.cell ? (
        <PropField
          label={`Note: ${props.label}`}
          focusKey={`note-${props.cell.id}`}
          value={props.cell.note}
          placeholder="Why, or how"
          className="principles-note-field"
          onCommit={props.onNote}
        />
      ) : null}
    </span>
  )
}

function newCell(
  matrixId: TLPrinciplesShape['id'],
  row: TLPrincipleRow,
  unit: Unit,
  role: PrincipleRole,
): TLPrincipleCell {
  return {
    id: principlePartId<TLPrincipleCell>(principleCellTypeName),
    typeName: principleCellTypeName,
    matrixId,
    rowId: row.id,
    department: unit.name,
    role,
    note: '',
    meta: {},
  }
}

/**
 * The board's business units: the departments its cubes and touchpoints name, by name, each
 * once however it is spelt (as the model folds them).
 */
function unitsOn(editor: Editor): Unit[] {
  const written = [
    ...cubeDepartmentsOn(editor).get().split('\n'),
    ...editor.store.query
      .records(touchpointTypeName)
      .get()
      .map((t) => t.department),
  ]
  const units = new Map<string, Unit>()
  for (const department of written) {
    const unit = foldedDepartment(department)
    if (unit.id && !units.has(unit.id)) units.set(unit.id, unit)
  }
  return [...units.values()].sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1))
}
