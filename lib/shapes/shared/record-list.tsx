// An editable list of records on a card (needs, offerings), by keyboard as by pointer.
import { useRef, useState, type KeyboardEvent, type ReactNode } from 'react'
import { ItemEditor, useFocusAfterRender } from './inline-fields'
import { useCanvasVote, VoteDots, voteTargetProps } from './vote-dots'
import { rowRecordAttribute } from './row-places'

/** One row of an editable list: a record's text and what is shown around it. */
export interface ListedRecord {
  id: string
  text: string
  /** What the record is, read out and used to label its editor, e.g. "stated need". */
  label: string
  /** Shown before the text (e.g. a "Stated" badge). */
  badge?: ReactNode
  /** Shown after the text (e.g. "fulfilled by …" or "unmet"). */
  after?: ReactNode
  /** data-* state for styling, e.g. { 'data-stated': true }. */
  data?: Record<`data-${string}`, string | boolean>
  /** Extra buttons while the shape is edited (e.g. "make unstated"). */
  tools?: ReactNode
  /** False when the text is someone else's (a cube's service): it can be removed, not edited. */
  editable?: boolean
}

/** A "+ add" button at the end of a list and what it creates. */
export interface ListAdder {
  key: string
  label: string
  /** Writes a new record with this text; returns its id so the keyboard lands on it. */
  add(text: string): string
}

type Draft = { mode: 'edit'; id: string } | { mode: 'add'; key: string }

/**
 * A list of a shape's own records (a persona's needs, an organisation's items), edited in
 * place by keyboard as a cube's face items are: Enter edits, Escape cancels, Delete removes,
 * Tab moves on.
 */
export function RecordList(props: {
  isEditing: boolean
  rows: readonly ListedRecord[]
  adders: readonly ListAdder[]
  onChangeText(id: string, text: string): void
  onRemove(id: string): void
  className?: string
}) {
  const { isEditing, rows, adders } = props
  const [draft, setDraft] = useState<Draft | null>(null)
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const root = useRef<HTMLOListElement>(null)
  const vote = useCanvasVote()
  // Leaving the shape's editing drops a half-written row (adjusted during render).
  const [wasEditing, setWasEditing] = useState(isEditing)
  if (wasEditing !== isEditing) {
    setWasEditing(isEditing)
    setDraft(null)
  }
  useFocusAfterRender(root, focusKey, setFocusKey, [rows, draft])

  return (
    <ol ref={root} className={`record-list ${props.className ?? ''}`}>
      {rows.map((row) => (
        <li
          key={row.id}
          className="record-row"
          {...row.data}
          {...{ [rowRecordAttribute]: row.id }}
          {...voteTargetProps(vote, row.id)}
        >
          {draft?.mode === 'edit' && draft.id === row.id ? (
            <ItemEditor
              label={row.label}
              text={row.text}
              onCommit={(text) => {
                setDraft(null)
                setFocusKey(`row:${row.id}`)
                if (text !== row.text) props.onChangeText(row.id, text)
              }}
            />
          ) : (
            <>
              {row.badge}
              <button
                type="button"
                className="record-text"
                data-focus-key={`row:${row.id}`}
                tabIndex={isEditing ? 0 : -1}
                aria-label={`${row.label}: ${row.text || 'empty'}. ${
                  row.editable === false ? '' : 'Enter to edit, '
                }Delete to remove`}
                onClick={() => {
                  if (isEditing && row.editable !== false) setDraft({ mode: 'edit', id: row.id })
                }}
                onKeyDown={(event: KeyboardEvent<HTMLButtonElement>) => {
                  if (event.key !== 'Delete' && event.key !== 'Backspace') return
                  event.preventDefault()
                  props.onRemove(row.id)
                  setFocusKey(`add:${adders[0]?.key ?? ''}`)
                }}
              >
                {row.text || '…'}
              </button>
              {row.after}
              <VoteDots id={row.id} />
              {isEditing ? (
                <span className="record-tools">
                  {row.tools}
                  <button
                    type="button"
                    tabIndex={-1}
                    aria-label={`Delete ${row.label}`}
                    onClick={() => props.onRemove(row.id)}
                  >
                    ×
                  </button>
                </span>
              ) : null}
            </>
          )}
        </li>
      ))}
      {isEditing
        ? adders.map((adder) => (
            <li key={adder.key} className="record-add">
              {draft?.mode === 'add' && draft.key === adder.key ? (
                <ItemEditor
                  label={adder.label}
                  text=""
                  onCommit={(text) => {
                    setDraft(null)
                    setFocusKey(text ? `row:${adder.add(text)}` : `add:${adder.key}`)
                  }}
                />
              ) : (
                <button
                  type="button"
                  data-focus-key={`add:${adder.key}`}
                  onClick={() => setDraft({ mode: 'add', key: adder.key })}
                >
                  + {adder.label}
                </button>
              )}
            </li>
          ))
        : null}
    </ol>
  )
}
