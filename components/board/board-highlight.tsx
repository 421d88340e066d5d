// An answer of the Model panel on the canvas: the shapes it names outlined in colour, for this person only.
'use client'

import { atom, useEditor, useValue, type Atom, type Editor, type TLShapeId } from 'tldraw'
import { boxOnScreen } from '@/lib/shapes/shared/in-view'
import { shapeOnBoard } from './use-live-model'

/** The shapes an answer names: the one asked about, and those it reaches. */
interface Highlight {
  /** What the outlines answer, e.g. "Impact". */
  title: string
  asked: TLShapeId | null
  reached: TLShapeId[]
}

const highlights = new WeakMap<Editor, Atom<Highlight | null>>()

function highlightOf(editor: Editor): Atom<Highlight | null> {
  let highlight = highlights.get(editor)
  if (!highlight) highlights.set(editor, (highlight = atom('board highlight', null)))
  return highlight
}

/**
 * Outlines on this person's canvas the shapes these records are drawn on (a cube for its
 * items, a map for its touchpoints…): the first, the one asked about, in red, the others in
 * amber. Unlike a selection it survives clicks and edits, and it moves and changes no shape,
 * so it is this person's alone; it stays until cleared. Brings them into view and returns
 * how many shapes it outlines.
 */
export function highlightOnBoard(editor: Editor, title: string, ids: readonly string[]): number {
  const shapes = ids.map((id) => shapeOnBoard(editor, id))
  const asked = shapes[0] ?? null
  const reached = [...new Set(shapes.slice(1))].filter(
    (id): id is TLShapeId => id !== null && id !== asked,
  )
  const all = asked ? [asked, ...reached] : reached
  highlightOf(editor).set(all.length ? { title, asked, reached } : null)
  if (all.length === 0) return 0
  const bounds = editor.getShapesPageBounds(all)
  if (bounds) editor.zoomToBounds(bounds, { inset: 64, animation: { duration: 300 } })
  return all.length
}

/** The outlines, in front of the canvas in screen space, following this person's camera. */
export function BoardHighlightOverlay() {
  const editor = useEditor()
  const highlight = useValue('board highlight', () => highlightOf(editor).get(), [editor])
  const boxes = useValue(
    'highlighted boxes',
    () => {
      if (!highlight) return []
      const ids = highlight.asked ? [highlight.asked, ...highlight.reached] : highlight.reached
      return ids.flatMap((id) => {
        const bounds = editor.getShapePageBounds(id)
        if (!bounds) return []
        return [{ id, asked: id === highlight.asked, ...boxOnScreen(editor, bounds) }]
      })
    },
    [editor, highlight],
  )
  if (!highlight) return null
  return (
    <>
      {boxes.map(({ id, asked, ...box }) => (
        <div key={id} className="board-highlight" data-asked={asked} data-shape-id={id} style={box}>
          <span className="board-highlight-tag">{asked ? 'fails' : 'affected'}</span>
        </div>
      ))}
      <div className="board-highlight-bar" role="status" onPointerDown={(e) => e.stopPropagation()}>
        {highlight.title} on the board: {boxes.length} {boxes.length === 1 ? 'shape' : 'shapes'}{' '}
        <button type="button" onClick={() => highlightOf(editor).set(null)}>
          Clear
        </button>
      </div>
    </>
  )
}
