// Where each listed record's row sits on its card, as laid out, so lines can point at the row.
import { useEffect, type RefObject } from 'react'
import { atom, useEditor, type Atom, type Editor } from 'tldraw'

/** Where a record's row sits on its card, from the card's top, as last laid out. */
export interface RowPlace {
  top: number
  height: number
}

/** The attribute naming the record a card's row shows (RecordList sets it). */
export const rowRecordAttribute = 'data-record-id'

/** Record id → where its row sits on its card; one map per editor, not part of the document. */
const placesByEditor = new WeakMap<Editor, Atom<ReadonlyMap<string, RowPlace>>>()

/**
 * Where the rows of every card on the board sit, kept current while the cards are laid out.
 * Reactive: lines drawn from it follow rows as cards grow, wrap or reorder their content.
 * Layout is the one thing the records cannot say: how tall a wrapped need is.
 */
export function rowPlacesOf(editor: Editor): Atom<ReadonlyMap<string, RowPlace>> {
  let places = placesByEditor.get(editor)
  if (!places) {
    places = atom('row places', new Map())
    placesByEditor.set(editor, places)
  }
  return places
}

/**
 * Measures the rows on a card (`root`, at the shape's origin) whenever its content changes
 * or resizes, in the card's own units (offsets, not screen boxes: zoom and position do not
 * change them, so moving a card needs no new measure).
 */
export function useRowPlaces(root: RefObject<HTMLElement | null>): void {
  const editor = useEditor()
  useEffect(() => {
    const card = root.current
    if (!card) return
    const places = rowPlacesOf(editor)
    let mine = new Set<string>()
    const measure = () => {
      // A culled card is not laid out (its offsets read 0): keep what was measured.
      if (card.offsetParent === null) return
      const rows = [...card.querySelectorAll<HTMLElement>(`[${rowRecordAttribute}]`)]
      // A row that wraps anew (a font arrives, a text changes) moves the rows below it.
      for (const row of rows) resizes.observe(row)
      const measured = new Map(
        rows.map((row) => [
          row.getAttribute(rowRecordAttribute)!,
          { top: offsetWithin(row, card), height: row.offsetHeight },
        ]),
      )
      const before = places.get()
      const changed =
        [...mine].some((id) => !measured.has(id)) ||
        [...measured].some(([id, place]) => !samePlace(before.get(id), place))
      if (!changed) return
      const next = new Map(before)
      for (const id of mine) next.delete(id)
      for (const [id, place] of measured) next.set(id, place)
      mine = new Set(measured.keys())
      places.set(next)
    }
    const resizes = new ResizeObserver(measure)
    resizes.observe(card)
    const changes = new MutationObserver(measure)
    changes.observe(card, { childList: true, subtree: true, characterData: true, attributes: true })
    measure()
    return () => {
      resizes.disconnect()
      changes.disconnect()
      const next = new Map(places.get())
      for (const id of mine) next.delete(id)
      places.set(next)
    }
  }, [editor, root])
}

/** How far below the top of `root`'s border an element inside it starts. */
function offsetWithin(element: HTMLElement, root: HTMLElement): number {
  let top = 0
  for (let at: HTMLElement | null = element; at && at !== root;) {
    top += at.offsetTop
    const parent: Element | null = at.offsetParent
    if (!(parent instanceof HTMLElement) || !root.contains(parent)) break
    // Offsets count from inside the parent's border.
    top += parent.clientTop
    at = parent
  }
  return top
}

function samePlace(a: RowPlace | undefined, b: RowPlace): boolean {
  return a !== undefined && a.top === b.top && a.height === b.height
}
