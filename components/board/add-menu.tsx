// The board header's "Add" menu: a cube, persona, organisation or frame at the centre of the view, without a pointer.
import type { Editor } from 'tldraw'
import { DisclosureMenu } from '@/components/ui/disclosure-menu'
import { createAtViewCentre, keyboardCreatable } from '@/lib/shapes/shared/place-in-view'

/**
 * "Add ▾": each entry adds its shape at the centre of the view and starts editing it; only
 * the shapes this board's kind has are offered.
 */
export function AddMenu({ editor, disabled }: { editor: Editor; disabled: boolean }) {
  if (disabled) return null
  return (
    <DisclosureMenu label="Add" groupLabel="Add to the board">
      {(close) =>
        keyboardCreatable
          .filter(({ type }) => editor.hasShapeUtil(type))
          .map(({ type, label }) => (
            <button
              key={type}
              type="button"
              onClick={() => {
                close({ returnFocus: false })
                createAtViewCentre(editor, type)
                // The shape's own fields take the keyboard once it renders in editing.
                if (type === 'frame') focusCanvas(editor)
              }}
            >
              {label}
            </button>
          ))
      }
    </DisclosureMenu>
  )
}

/**
 * Puts the keyboard on the canvas ("Skip to the canvas"): tldraw's container, with the
 * first shape in reading order selected when nothing is, so arrow keys and Enter work at once.
 */
export function focusCanvas(editor: Editor): void {
  if (editor.getSelectedShapeIds().length === 0) {
    const [first] = editor.getCurrentPageShapesInReadingOrder()
    if (first) editor.select(first.id)
  }
  editor.getContainer().focus()
}
