// What the facilitator locked, as a shape shows it: a lock, and fields that cannot be typed in.
import { createContext, useContext } from 'react'
import { useEditor, useValue, type TLRecord, type TLShapeId } from 'tldraw'
import { guardOf, lockedForParticipants } from '@/lib/facilitation/record-guard'

/**
 * Whether the facilitator's locks hold for the person at this browser: they do for
 * participants; facilitators change what they locked. The board provides it.
 */
export const LocksHoldContext = createContext(false)

/** Whether the shape, or a frame it sits in, is locked by the facilitator. Reactive. */
function useIsLocked(shapeId: TLShapeId): boolean {
  const editor = useEditor()
  return useValue(
    'locked',
    () =>
      lockedForParticipants(
        shapeId,
        (id) => {
          const record = editor.store.get(id as TLRecord['id'])
          return record ? guardOf(record as unknown as Record<string, unknown>) : undefined
        },
        new Set(),
      ),
    [editor, shapeId],
  )
}

/**
 * Whether the facilitator's lock holds the shape for this person: its own fields (a cube's
 * title and department, a persona's name…) are then read-only here, instead of inputs the
 * sync server would undo. Items can still be added to it (see lockShapes).
 */
export function useIsLockedForMe(shapeId: TLShapeId): boolean {
  const locked = useIsLocked(shapeId)
  return useContext(LocksHoldContext) && locked
}

/** A lock on a locked shape, for everyone, with words for screen readers. */
export function LockBadge({ shapeId }: { shapeId: TLShapeId }) {
  const locked = useIsLocked(shapeId)
  if (!locked) return null
  // A drawn padlock: an emoji depends on the fonts of each machine.
  return (
    <span
      className="shape-lock"
      role="img"
      aria-label="Locked by the facilitator"
      title="Locked by the facilitator"
    >
      <svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true">
        <path d="M5 7V5a3 3 0 0 1 6 0v2" fill="none" stroke="currentColor" strokeWidth="1.8" />
        <rect x="3" y="7" width="10" height="7" rx="1.5" fill="currentColor" />
      </svg>
    </span>
  )
}
