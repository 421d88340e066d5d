// The inline editing pieces the shapes share: a shape's own fields and an item's editor.
import { useEffect, useRef, useState, type KeyboardEvent, type SyntheticEvent } from 'react'
import { stopEventPropagation, useEditor } from 'tldraw'

/**
 * The inline editing pieces shared by the board's shapes (cube, persona, organisation):
 * typing into a shape feels the same everywhere. Enter, Escape and Tab all keep what was
 * typed, as a text field normally does (Escape never throws words away); Tab moves on.
 */

/**
 * A shape's own field (title, name…): commits on Enter, on Escape (which then leaves the
 * shape, as tldraw's text does) and on leaving it.
 */
export function PropField(props: {
  label: string
  focusKey: string
  value: string
  placeholder: string
  className: string
  /** Locked by the facilitator for this person: shown, but not changed. */
  readOnly?: boolean
  onCommit(value: string): void
}) {
  const [draft, setDraft] = useState(props.value)
  const [stored, setStored] = useState(props.value)
  const editor = useEditor()
  // Someone else changed the value: show theirs (adjusted during render, not in an effect).
  if (stored !== props.value) {
    setStored(props.value)
    setDraft(props.value)
  }
  // What this field last committed: Escape commits and then blurs, which must not commit twice.
  const committed = useRef(props.value)
  const commit = () => {
    const value = draft.trim()
    if (value === props.value || value === committed.current) return
    committed.current = value
    props.onCommit(value)
  }
  return (
    <input
      aria-label={props.label}
      data-focus-key={props.focusKey}
      className={props.className}
      value={draft}
      data-dirty={draft !== props.value}
      placeholder={props.placeholder}
      readOnly={props.readOnly}
      title={props.readOnly ? 'Locked by the facilitator' : undefined}
      onChange={(event) => setDraft(event.target.value)}
      onBlur={commit}
      onKeyDownCapture={(event) => {
        if (event.key === 'Enter') {
          editor.markEventAsHandled(event.nativeEvent)
          commit()
        } else if (event.key === 'Escape') {
          // Kept, and tldraw then stops editing the shape.
          commit()
        }
      }}
    />
  )
}

/** The optional second line of an item (a service's terms, a link's note). */
export interface SecondField {
  label: string
  placeholder: string
}

/**
 * Text (and an optional second line) of one listed item. Enter and Escape commit (the shape
 * stays in editing, its list in focus), Tab goes from text to the second line; leaving the
 * editor commits, as tldraw's own text does. An empty new item is simply not added.
 */
export function ItemEditor(props: {
  /** What the item is, e.g. "service" or "stated need"; the input is labelled "<label> text". */
  label: string
  text: string
  second?: SecondField & { value: string }
  onCommit(text: string, second: string): void
}) {
  const editor = useEditor()
  const [text, setText] = useState(props.text)
  const [second, setSecond] = useState(props.second?.value ?? '')
  const done = useRef(false)
  const form = useRef<HTMLDivElement>(null)
  const textInput = useRef<HTMLInputElement>(null)
  // Not autoFocus: that scrolls the canvas container when the shape is partly off screen.
  useEffect(() => {
    textInput.current?.focus({ preventScroll: true })
    textInput.current?.select()
  }, [])
  const finish = () => {
    if (done.current) return
    done.current = true
    props.onCommit(text.trim(), second.trim())
  }
  const onKeyDownCapture = (event: KeyboardEvent<HTMLDivElement>) => {
    if (event.key !== 'Enter' && event.key !== 'Escape') return
    // tldraw would otherwise take Escape as "stop editing the shape".
    editor.markEventAsHandled(event.nativeEvent)
    event.preventDefault()
    finish()
  }
  const onBlur = (event: SyntheticEvent<HTMLDivElement, FocusEvent>) => {
    const next = event.nativeEvent.relatedTarget
    if (next instanceof Node && form.current?.contains(next)) return
    finish()
  }
  return (
    <div
      className="cube-item-editor"
      ref={form}
      onKeyDownCapture={onKeyDownCapture}
      onBlur={onBlur}
    >
      <input
        aria-label={`${props.label} text`}
        ref={textInput}
        value={text}
        data-dirty={text !== props.text}
        placeholder={props.label}
        onChange={(event) => setText(event.target.value)}
      />
      {props.second ? (
        <input
          aria-label={props.second.label}
          className="cube-item-terms"
          value={second}
          data-dirty={second !== props.second.value}
          placeholder={props.second.placeholder}
          onChange={(event) => setSecond(event.target.value)}
        />
      ) : null}
    </div>
  )
}

/**
 * Moves keyboard focus to the element marked `data-focus-key={key}` once it has rendered,
 * so Enter/Escape in a list keep the keyboard where the participant expects it.
 */
export function useFocusAfterRender(
  root: React.RefObject<HTMLElement | null>,
  focusKey: string | null,
  setFocusKey: (key: string | null) => void,
  deps: readonly unknown[],
): void {
  useEffect(() => {
    if (!focusKey || !root.current) return
    const target = root.current.querySelector<HTMLElement>(`[data-focus-key="${focusKey}"]`)
    if (!target) return
    target.focus({ preventScroll: true })
    if (target instanceof HTMLInputElement) target.select()
    setFocusKey(null)
    // eslint-disable-next-line react-hooks/exhaustive-deps -- deps are the caller's list
  }, [focusKey, ...deps])
}

/** The second line of products and services on cubes. */
export const termsField: SecondField = {
  label: 'Promise or terms',
  placeholder: 'promise / terms (optional)',
}

/**
 * Props for the root of a shape's HTML: while the shape is edited, its fields take the
 * pointer (and tldraw does not start a drag or selection from it); otherwise the canvas does.
 */
export function editingPointerProps(isEditing: boolean) {
  const stop = isEditing ? stopEventPropagation : undefined
  return {
    style: { pointerEvents: isEditing ? 'all' : 'none' } as const,
    onPointerDown: stop,
    onPointerUp: stop,
    onDoubleClick: stop,
  }
}
