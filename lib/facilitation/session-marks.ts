/**
 * What facilitators' browsers write onto records for the session: locks and vote results
 * (the server reveals private items: `server/sync/private-reveal.ts`). Locks are tldraw's
 * own (so tldraw keeps locked things still) plus a mark participants cannot take off:
 * `true` by hand, `'step'` while another step runs.
 */
import {
  computed,
  isUninitialized,
  RESET_VALUE,
  type Computed,
  type Editor,
  type TLRecord,
  type TLShape,
  type TLShapeId,
  type TLStore,
} from 'tldraw'
import { lockMetaKey, privateMetaKey, votesMetaKey } from '@/lib/model'
import { itemHolderTypes, privateRecordTypes } from '@/lib/shapes'
import { framesLockedBySession } from './record-guard'
import { endAgenda, startStep, type SessionWrite } from './session-moves'
import { voteResults } from './session-rules'
import type { CurrentStep, SessionState } from './session-state'

type LockMark = true | 'step'

function withMeta<T extends TLRecord>(record: T, key: string, value: unknown): T {
  const meta = { ...(record as { meta: Record<string, unknown> }).meta }
  if (value === undefined) delete meta[key]
  else meta[key] = value
  return { ...record, meta }
}

function setLock(editor: Editor, shapes: TLShape[], mark: LockMark | undefined): void {
  if (shapes.length === 0) return
  editor.run(
    () => {
      editor.store.put(
        shapes.map((shape) => ({
          ...withMeta(shape, lockMetaKey, mark),
          // Shapes people write items on (cubes, personas, organisations) stay open in tldraw
          // when locked, so participants can still add items to locked scaffolding; the lock
          // mark alone keeps their place, size and title (in browsers and at the sync server).
          isLocked: mark !== undefined && !itemHolderTypes.has(shape.type),
        })),
      )
    },
    { ignoreShapeLock: true },
  )
}

type RecordId = TLRecord['id']

const markedIdsByStore = new WeakMap<TLStore, Map<string, Computed<ReadonlySet<RecordId>>>>()

/**
 * The ids of the records of these types that carry a mark, kept current from the store's
 * history: each change costs what it touched, not a scan of the board. The session bar
 * watches these counts on every board, so a remote drag of 100 shapes on a 2,000-shape
 * board would otherwise filter all 2,000 shapes at every store commit. One per store and name.
 */
function markedIds(
  store: TLStore,
  name: string,
  typeNames: readonly string[],
  isMarked: (record: TLRecord) => boolean,
): Computed<ReadonlySet<RecordId>> {
  let byName = markedIdsByStore.get(store)
  if (!byName) markedIdsByStore.set(store, (byName = new Map()))
  const known = byName.get(name)
  if (known) return known
  const types = new Set(typeNames)
  const marks = (record: TLRecord) => types.has(record.typeName) && isMarked(record)
  const scan = () => {
    store.history.get()
    return new Set(
      store
        .allRecords()
        .filter(marks)
        .map((record) => record.id),
    )
  }
  const ids = computed<ReadonlySet<RecordId>>(name, (previous, lastEpoch) => {
    if (isUninitialized(previous)) return scan()
    const diffs = store.history.getDiffSince(lastEpoch)
    if (diffs === RESET_VALUE) return scan()
    let next: Set<RecordId> | null = null
    const mark = (id: RecordId, marked: boolean) => {
      if ((next ?? previous).has(id) === marked) return
      next ??= new Set(previous)
      if (marked) next.add(id)
      else next.delete(id)
    }
    for (const diff of diffs) {
      for (const record of Object.values(diff.added)) mark(record.id, marks(record))
      for (const [, record] of Object.values(diff.updated)) mark(record.id, marks(record))
      for (const record of Object.values(diff.removed)) mark(record.id, false)
    }
    return next ?? previous
  })
  byName.set(name, ids)
  return ids
}

/** The ids of shapes (on any page) a facilitator locked by hand, kept current. */
export function handLockedIds(store: TLStore): Computed<ReadonlySet<RecordId>> {
  return markedIds(
    store,
    'shapes locked by hand',
    ['shape'],
    (record) => 'meta' in record && record.meta[lockMetaKey] === true,
  )
}

/** The ids of the records in this store marked private (see `privateRecords`), kept current. */
export function privateRecordIds(store: TLStore): Computed<ReadonlySet<RecordId>> {
  return markedIds(
    store,
    'records marked private',
    privateRecordTypes,
    (record) => 'meta' in record && typeof record.meta[privateMetaKey] === 'string',
  )
}

/** Shapes a facilitator locked by hand (not the frames a step locks). */
export function handLockedShapes(editor: Editor): TLShape[] {
  const locked = handLockedIds(editor.store).get()
  const onPage = editor.getCurrentPageShapeIds()
  return [...locked].flatMap((id) => {
    const shape = onPage.has(id as TLShapeId) ? editor.getShape(id as TLShapeId) : undefined
    return shape ? [shape] : []
  })
}

export function lockShapes(editor: Editor, ids: TLShapeId[], locked: boolean): void {
  const shapes = ids.map((id) => editor.getShape(id)).filter((shape) => shape !== undefined)
  setLock(editor, shapes, locked ? true : undefined)
}

/** Locks the other steps' frames (or none); hand-made locks stay as they are. */
function lockStepFrames(editor: Editor, session: SessionState, lockedFrameIds: Set<string>): void {
  const frames = session.agenda
    .map((step) => step.frameId && editor.getShape(step.frameId as TLShapeId))
    .filter((shape): shape is TLShape => !!shape && shape.meta[lockMetaKey] !== true)
  setLock(
    editor,
    frames.filter((frame) => lockedFrameIds.has(frame.id) && frame.meta[lockMetaKey] !== 'step'),
    'step',
  )
  setLock(
    editor,
    frames.filter((frame) => !lockedFrameIds.has(frame.id) && frame.meta[lockMetaKey] === 'step'),
    undefined,
  )
}

/**
 * Records in this store marked private: those older clients wrote into the board's doc
 * (the server's reveal unmarks them), and in an author's store their own private items.
 */
export function privateRecords(editor: Editor): TLRecord[] {
  return [...privateRecordIds(editor.store).get()].flatMap((id) => {
    const record = editor.store.get(id)
    return record ? [record] : []
  })
}

/** Writes the ended vote's results onto the items voted for, so the model carries them. */
export function recordVoteResults(editor: Editor, session: SessionState): void {
  const vote = session.vote
  if (!vote) return
  const updated = voteResults(session).flatMap(({ targetId, dots }) => {
    const record = editor.store.get(targetId as TLRecord['id'])
    if (!record || !('meta' in record)) return []
    const votes = {
      ...((record.meta[votesMetaKey] as Record<string, number>) ?? {}),
      [vote.title]: dots,
    }
    return [withMeta(record, votesMetaKey, votes)]
  })
  if (updated.length) editor.run(() => editor.store.put(updated), { ignoreShapeLock: true })
}

/** Starts a step for everyone (or ends the agenda), locking the other steps' frames if asked. */
export function goToStep(
  editor: Editor,
  context: { session: SessionState; write(write: SessionWrite): void },
  step: CurrentStep | null,
): void {
  const { session, write } = context
  const now = Date.now()
  write(step ? startStep(session, step.stepId, { lockOthers: step.lockOthers, now }) : endAgenda())
  lockStepFrames(editor, session, framesLockedBySession({ agenda: session.agenda, step }))
}
