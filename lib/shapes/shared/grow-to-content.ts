// Shapes whose height follows their content, so nothing on them is ever cut off.
import { useEffect, type RefObject } from 'react'
import { useEditor, useValue, type TLShape, type TLShapeId, type TLShapePartial } from 'tldraw'

/**
 * Grows the shape by as much as the content of its boxes (`boxesOf(root)`: elements of fixed
 * height that hide what runs past them) overflows: a new item, a long text or a template's
 * full list of needs makes the shape taller instead of vanishing below its edge. It measures
 * whenever anything inside `root` changes or resizes, and again once the board becomes
 * editable. Every participant who may edit the shape works out the same height, so their
 * writes agree. It stays out of the undo history: undoing an edit takes back the edit, not
 * the room made for it. Shapes never shrink by themselves.
 */
export function useGrowToContent(
  shapeId: TLShapeId,
  root: RefObject<Element | null>,
  boxesOf: (root: Element) => Element[],
): void {
  const editor = useEditor()
  const editable = useValue('board editable', () => !editor.getIsReadonly(), [editor])
  useEffect(() => {
    const element = root.current
    if (!editable || !element) return
    const grow = () => {
      const shape = editor.getShape(shapeId) as (TLShape & { props: { h: number } }) | undefined
      const missing = Math.ceil(Math.max(0, ...boxesOf(element).map(overflowOf)))
      if (!shape || shape.isLocked || missing <= 1) return
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
      for (const box of boxesOf(element)) for (const part of box.children) resizes.observe(part)
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
  }, [editor, shapeId, root, editable])
}

/** How far an element's content runs past its box (0 when it fits). */
function overflowOf(element: Element): number {
  return Math.max(0, element.scrollHeight - element.clientHeight)
}
