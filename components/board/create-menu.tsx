/** Making shapes without a pointer: the board header's "Create" menu. */
'use client'

import type { Editor, TLShape } from 'tldraw'
import { MenuButton } from '@/components/menu-button'
import { createAtViewCentre } from '@/lib/shapes/shared/in-view'

/** A shape the menu makes, as its tool names it. */
export interface CreatableShape {
  type: TLShape['type']
  label: string
}

/** tldraw's frame, which every board has, for grouping shapes by hand. */
const frame: CreatableShape = { type: 'frame', label: 'Frame' }

/**
 * Makes one of the board kind's shapes, or a frame, in the middle of the view, selected
 * and ready for typing its title: what the toolbar does by pointer, by keyboard.
 */
export function CreateMenu({
  editor,
  shapes,
  disabled,
}: {
  editor: Editor
  shapes: readonly CreatableShape[]
  disabled: boolean
}) {
  return (
    <MenuButton
      label="Create"
      menuLabel="Create in the middle of the view"
      disabled={disabled}
      closeOnChoice
    >
      {[...shapes, frame].map((shape) => (
        <button
          key={shape.type}
          type="button"
          onClick={() => {
            // The canvas takes the keyboard, so typing goes to the new shape.
            focusCanvas(editor)
            createAtViewCentre(editor, shape.type)
          }}
        >
          {shape.label}
        </button>
      ))}
    </MenuButton>
  )
}

/**
 * Moves the keyboard to the canvas, as a click on it would. `editor.focus()` alone leaves
 * the page's focus where it was when tldraw already counts itself focused.
 */
export function focusCanvas(editor: Editor): void {
  editor.getContainer().focus()
  editor.focus()
}
