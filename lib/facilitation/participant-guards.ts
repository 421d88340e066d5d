/**
 * A participant's browser keeps to the session's rules before the sync server has to undo
 * anything: locked things stay as they are, and while private mode is on what they make is
 * marked as theirs alone.
 */
import type { Editor, TLRecord } from 'tldraw'
import { privateMetaKey } from '@/lib/model'
import { privateRecordTypes } from '@/lib/shapes'
import { framesLockedBySession, guardOf, lockedForParticipants } from './record-guard'
import type { SessionState } from './session-state'

/** Guards a participant's edits in this editor; returns the function that stops it. */
export function guardParticipantEdits(
  editor: Editor,
  options: { userId: string; session: () => SessionState },
): () => void {
  const { sideEffects } = editor.store
  const guards = (id: string) => {
    const record = editor.store.get(id as TLRecord['id'])
    return record ? guardOf(record as unknown as Record<string, unknown>) : undefined
  }
  const locked = (id: string) =>
    lockedForParticipants(id, guards, framesLockedBySession(options.session()))

  const stops = [
    sideEffects.registerBeforeChangeHandler('shape', (before, after, source) =>
      source === 'user' &&
      (locked(before.id) || (after.parentId !== before.parentId && locked(after.parentId)))
        ? before
        : after,
    ),
    sideEffects.registerBeforeDeleteHandler('shape', (shape, source) =>
      source === 'user' && locked(shape.id) ? false : undefined,
    ),
    ...privateRecordTypes.map((typeName) =>
      sideEffects.registerBeforeCreateHandler(typeName as TLRecord['typeName'], markPrivate),
    ),
  ]
  function markPrivate<T extends TLRecord>(record: T, source: 'user' | 'remote'): T {
    if (source !== 'user' || !options.session().privateMode) {
      return record
    }
    const meta = (record as unknown as { meta: Record<string, unknown> }).meta
    return { ...record, meta: { ...meta, [privateMetaKey]: options.userId } }
  }
  return () => stops.forEach((stop) => stop())
}
