// Shapes whose height follows their content, so nothing on them is ever cut off.
import { useLayoutEffect } from 'react'
import { useEditor, type TLShape, type TLShapePartial } from 'tldraw'

/** A shape with a stored height (cubes and cards). */
type TallShape = TLShape & { props: { h: number } }

/**
 * Grows `shape` by as much as its content overflows (`overflow()`, in page units, measured
 * after each render): a new item, a long text or a template's full list of needs makes the
 * shape taller instead of vanishing below its edge. Every participant who may edit it works
 * out the same height, so their writes agree. It stays out of the undo history: undoing an
 * edit takes back the edit, not the room made for it. Shapes never shrink by themselves.
 */
export function useGrowToContent(shape: TallShape, overflow: () => number): void {
  const editor = useEditor()
  useLayoutEffect(() => {
    const missing = Math.ceil(overflow())
    if (missing <= 1 || editor.getIsReadonly() || shape.isLocked) return
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
  })
}

/** How far an element's content runs past its box (0 when it fits). */
export function overflowOf(element: Element | null | undefined): number {
  return element ? Math.max(0, element.scrollHeight - element.clientHeight) : 0
}
