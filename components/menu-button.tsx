/**
 * A button with a menu of controls under it. The menu is a native popover: it lies above
 * the canvas, closes on Escape or a click elsewhere, and keyboard users reach it by Tab.
 */
'use client'

import { useId, type ReactNode } from 'react'

export function MenuButton({
  label,
  menuLabel,
  disabled,
  closeOnChoice,
  children,
}: {
  label: string
  /** The menu's accessible name. */
  menuLabel: string
  disabled?: boolean
  /** Whether choosing one of its buttons closes the menu (it stays open for toggles). */
  closeOnChoice?: boolean
  children: ReactNode
}) {
  const id = useId()
  // CSS anchor names are dashed identifiers; React's ids hold other characters.
  const anchor = `--menu-${id.replace(/[^a-zA-Z0-9_-]/g, '')}`
  return (
    <>
      <button type="button" popoverTarget={id} disabled={disabled} style={{ anchorName: anchor }}>
        {label}
      </button>
      <div
        id={id}
        popover="auto"
        role="group"
        aria-label={menuLabel}
        className="menu-popover"
        style={{ positionAnchor: anchor }}
        onClick={(event) => {
          const target = event.target as Element
          if (closeOnChoice && target.closest('button')) event.currentTarget.hidePopover()
        }}
      >
        {children}
      </div>
    </>
  )
}
