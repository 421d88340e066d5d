/**
 * The facilitation rules on records, read from the marks in their `meta` (`cbLock`: the
 * facilitator locked it; participants cannot change or unlock it, nor anything inside it;
 * `cbPrivate`: whose private item it is, hidden from others until the facilitator reveals it).
 */
import { lockMetaKey, privateMetaKey } from '@/lib/model/record-marks'
import type { Actor, Verdict } from './session-rules'
import type { SessionState } from './session-state'

/** What the rules need to know of a record. */
export interface RecordGuard {
  parentId: string | null
  locked: boolean
  privateTo: string | null
}

export function guardOf(record: Record<string, unknown>): RecordGuard {
  const meta = (record.meta ?? {}) as Record<string, unknown>
  return {
    parentId: typeof record.parentId === 'string' ? record.parentId : null,
    // `true`: locked by hand; 'step': one of the other steps' frames while a step runs.
    locked: meta[lockMetaKey] === true || meta[lockMetaKey] === 'step',
    privateTo: typeof meta[privateMetaKey] === 'string' ? meta[privateMetaKey] : null,
  }
}

/** Frames participants may not touch now: the other steps' frames, when the step says so. */
export function framesLockedBySession(session: Pick<SessionState, 'agenda' | 'step'>): Set<string> {
  const step = session.step
  if (!step?.lockOthers) return new Set()
  return new Set(
    session.agenda
      .filter((agendaStep) => agendaStep.id !== step.stepId && agendaStep.frameId)
      .map((agendaStep) => agendaStep.frameId!),
  )
}

export type GuardLookup = (id: string) => RecordGuard | undefined

/** Whether a record, or a frame or group it sits in, is locked for participants. */
export function lockedForParticipants(
  id: string,
  guards: GuardLookup,
  lockedFrames: ReadonlySet<string>,
): boolean {
  const seen = new Set<string>()
  for (let at: string | null = id; at && !seen.has(at); at = guards(at)?.parentId ?? null) {
    seen.add(at)
    if (lockedFrames.has(at) || guards(at)?.locked) return true
  }
  return false
}

export interface RecordChange {
  id: string
  before: RecordGuard | undefined
  after: RecordGuard | undefined
}

/**
 * Whether `actor` may make this change of one record. Facilitators may do anything;
 * participants may not change what is locked, lock things, put things inside what is locked,
 * or touch or reveal private items.
 */
export function checkRecordChange(
  change: RecordChange,
  actor: Actor,
  context: {
    guardsBefore: GuardLookup
    guardsAfter: GuardLookup
    lockedFrames: ReadonlySet<string>
  },
): Verdict {
  if (actor.facilitates) return { ok: true }
  const { id, before, after } = change
  if (before && lockedForParticipants(id, context.guardsBefore, context.lockedFrames)) {
    return { ok: false, reason: `${id} is locked by the facilitator` }
  }
  if (after?.locked && !before?.locked) {
    return { ok: false, reason: 'only facilitators lock things' }
  }
  if (
    after?.parentId &&
    lockedForParticipants(after.parentId, context.guardsAfter, context.lockedFrames)
  ) {
    return { ok: false, reason: `${after.parentId} is locked by the facilitator` }
  }
  if (before?.privateTo && before.privateTo !== actor.userId) {
    return { ok: false, reason: `${id} is someone else's private item` }
  }
  if (before?.privateTo && after && after.privateTo !== before.privateTo) {
    return { ok: false, reason: 'only facilitators reveal private items' }
  }
  if (!before && after?.privateTo && after.privateTo !== actor.userId) {
    return { ok: false, reason: 'private items belong to the person who makes them' }
  }
  return { ok: true }
}

/** Whether a record is someone else's private item, not to be shown to `userId`. */
export function hiddenFrom(record: { meta: Record<string, unknown> }, userId: string): boolean {
  const owner = record.meta[privateMetaKey]
  return typeof owner === 'string' && owner !== userId
}
