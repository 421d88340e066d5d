// A button that opens a short list of actions beneath it (the header's "Add", the session bar's "More").
'use client'

import { useEffect, useRef, useState, type ReactNode } from 'react'

/**
 * A disclosure menu: the button toggles a group of actions, focus moves to the first one,
 * Escape or choosing an action closes it and puts focus back on the button (unless the
 * action takes it elsewhere: `close({ returnFocus: false })`), and clicking anywhere else
 * closes it. `children` gets `close` to call after an action.
 */
export function DisclosureMenu(props: {
  label: string
  /** What the group of actions is called for screen readers, e.g. "Add to the board". */
  groupLabel: string
  className?: string
  children(close: (options?: { returnFocus?: boolean }) => void): ReactNode
}) {
  const [open, setOpen] = useState(false)
  // Counts closings by an action or Escape; each one puts focus back on the button.
  const [closings, setClosings] = useState(0)
  const root = useRef<HTMLDivElement>(null)
  const button = useRef<HTMLButtonElement>(null)
  const close = (options: { returnFocus?: boolean } = {}) => {
    setOpen(false)
    if (options.returnFocus ?? true) setClosings((count) => count + 1)
  }
  useEffect(() => {
    if (closings > 0) button.current?.focus()
  }, [closings])
  useEffect(() => {
    if (!open) return
    root.current
      ?.querySelector<HTMLElement>('[role="group"] button:not(:disabled), [role="group"] select')
      ?.focus()
    const outside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false)
    }
    document.addEventListener('pointerdown', outside)
    return () => document.removeEventListener('pointerdown', outside)
  }, [open])
  return (
    <div
      ref={root}
      className={`disclosure-menu ${props.className ?? ''}`}
      onKeyDown={(event) => {
        if (event.key !== 'Escape' || !open) return
        event.stopPropagation()
        close()
      }}
    >
      <button ref={button} type="button" aria-expanded={open} onClick={() => setOpen(!open)}>
        {props.label} ▾
      </button>
      {open ? (
        <div className="disclosure-menu-items" role="group" aria-label={props.groupLabel}>
          {props.children(close)}
        </div>
      ) : null}
    </div>
  )
}
