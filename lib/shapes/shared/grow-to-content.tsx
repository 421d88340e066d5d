// Shapes whose height follows their content, so nothing on them is ever cut off.
import { useEffect, useLayoutEffect, useState, type RefObject } from 'react'
import {
  stopEventPropagation,
  useEditor,
  useValue,
  type TLShape,
  type TLShapeId,
  type TLShapePartial,
} from 'tldraw'
import { useIsLockedForMe } from './locks'

/** What a shape that cannot grow here (view only, locked) hides, and whether it shows it all. */
export interface HiddenContent {
  /** How many parts lie (partly) past the boxes' edges. */
  hidden: number
  /** Whether this person opened the rest: the boxes show everything, past the shape's edge. */
  open: boolean
  toggle(): void
}

/**
 * Grows the shape by as much as the content of its boxes (`boxesOf(root)`: elements of fixed
 * height that hide what runs past them) overflows: a new item, a long text or a template's
 * full list of needs makes the shape taller instead of vanishing below its edge. It measures
 * whenever anything inside `root` changes or resizes, and again once the board becomes
 * editable. Every participant who may edit the shape works out the same height, so their
 * writes agree. It stays out of the undo history: undoing an edit takes back the edit, not
 * the room made for it. Shapes never shrink by themselves. Someone who may not make it
 * taller (a viewer, or a participant while the facilitator locks it) learns instead how many
 * parts it hides, and may open them (MoreBelow).
 */
export function useGrowToContent(
  shapeId: TLShapeId,
  root: RefObject<Element | null>,
  boxesOf: (root: Element) => Element[],
  /** The parts a person reads (items, needs), counted when they lie past a box's edge. */
  parts: string,
  /** False while the shape shows what only this person sees (a cube turned for a drag). */
  mayGrow = true,
): HiddenContent {
  const editor = useEditor()
  const editable = useValue('board editable', () => !editor.getIsReadonly(), [editor])
  // A facilitator's lock keeps the shape's size for participants: their writes would be undone.
  const lockedHere = useIsLockedForMe(shapeId)
  const [hidden, setHidden] = useState(0)
  const [open, setOpen] = useState(false)
  useEffect(() => {
    const element = root.current
    if (!element) return
    const grow = () => {
      const shape = editor.getShape(shapeId) as (TLShape & { props: { h: number } }) | undefined
      const boxes = boxesOf(element)
      const missing = Math.ceil(Math.max(0, ...boxes.map(overflowOf)))
      if (!shape || missing <= 1) return setHidden(0)
      if (!editable || lockedHere || shape.isLocked || !mayGrow) {
        return setHidden(partsPastTheEdge(boxes, parts))
      }
      editor.run(
        () =>
          // Every tall shape has `h`; TypeScript cannot tell from the union of shapes.
          editor.updateShape({
            id: shape.id,
            type: shape.type,
            props: { h: shape.props.h + missing },
          } as TLShapePartial),
        { history: 'ignore' },
      )
    }
    const resizes = new ResizeObserver(grow)
    const watch = () => {
      resizes.disconnect()
      // The boxes (the shape grew, here or elsewhere) and what is in them (content changed).
      for (const box of boxesOf(element)) {
        resizes.observe(box)
        for (const part of box.children) resizes.observe(part)
      }
    }
    const changes = new MutationObserver(() => {
      watch()
      grow()
    })
    changes.observe(element, { childList: true, subtree: true, characterData: true })
    watch()
    grow()
    return () => {
      changes.disconnect()
      resizes.disconnect()
    }
    // `boxesOf` is a selector that does not change the boxes' meaning between renders.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [editor, shapeId, root, editable, lockedHere, parts, mayGrow])
  return { hidden, open, toggle: () => setOpen((was) => !was) }
}

/**
 * How many `parts` run past the bottom of their box. Measured along the box (offsets, not
 * screen boxes), since cube faces are slanted: each box is its parts' offset parent.
 */
function partsPastTheEdge(boxes: Element[], parts: string): number {
  return boxes
    .flatMap((box) => [...box.querySelectorAll<HTMLElement>(parts)].map((part) => ({ box, part })))
    .filter(({ box, part }) => part.offsetTop + part.offsetHeight > box.clientHeight + 1).length
}

/** How far an element's content runs past its box (0 when it fits). */
function overflowOf(element: Element): number {
  return Math.max(0, element.scrollHeight - element.clientHeight)
}

/**
 * "+N more" at the foot of a shape that hides part of its content from this person (who
 * may not make it taller); it opens the rest, drawn past the shape's edge, and closes it.
 */
export function MoreBelow({ content }: { content: HiddenContent }) {
  if (content.hidden === 0) return null
  return (
    <button
      type="button"
      className="more-below"
      aria-expanded={content.open}
      onPointerDown={stopEventPropagation}
      onClick={content.toggle}
    >
      {content.open ? 'Show less' : `+${content.hidden} more`}
    </button>
  )
}

/**
 * Keeps a shape's size that of its content (a grid that sizes itself: a journey, a principles
 * matrix), measured when the content's own size changes (not when another peer writes a
 * size): peers that see the same content write the same size, and peers that see different
 * content (someone's private touchpoints) do not write back and forth. The writes stay out of
 * undo (nobody chose them).
 */
export function useSizeFollowsContent(
  shapeId: TLShapeId,
  root: RefObject<HTMLElement | null>,
): void {
  const editor = useEditor()
  useLayoutEffect(() => {
    const element = root.current
    if (!element) return
    const measure = () => {
      const shape = editor.getShape(shapeId) as
        (TLShape & { props: { w: number; h: number } }) | undefined
      const next = { w: element.offsetWidth, h: element.offsetHeight }
      if (!shape || next.w < 1 || next.h < 1 || editor.getIsReadonly()) return
      if (Math.abs(next.w - shape.props.w) < 1 && Math.abs(next.h - shape.props.h) < 1) return
      editor.run(
        // Every shape sized by its content has `w` and `h`; TypeScript cannot tell from the union.
        () => editor.updateShape({ id: shapeId, type: shape.type, props: next } as TLShapePartial),
        { history: 'ignore', ignoreShapeLock: true },
      )
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(element)
    return () => observer.disconnect()
  }, [editor, shapeId, root])
}
