import * as Y from 'yjs'
import { docLayout, readYRecord } from '@/lib/sync/record-layout'
import {
  checkRecordChange,
  framesLockedBySession,
  guardOf,
  type RecordGuard,
} from '@/lib/facilitation/record-guard'
import { checkSessionChange, type Actor, type Verdict } from '@/lib/facilitation/session-rules'
import { readSession, sessionMapName } from '@/lib/facilitation/session-state'
import type { RoomGuard } from './room'
import { boardSchemaUntouched } from './board-schema-rule'

interface Judgement {
  origin: unknown
  actor: Actor
  lockedFrames: ReadonlySet<string>
  verdict: Verdict
  /** What the judged update (and any undo) deleted: collected after the undo manager is done. */
  deleted: Y.Transaction['deleteSet'][]
}

/**
 * Enforces the facilitation rules on what participants send: their update is applied, judged
 * against the records it touched and the session, and undone again when it breaks a rule
 * (the undo reaches everyone, the sender included, as an ordinary update). So a stock client
 * cannot lock, unlock, move locked scaffolding, run the timer or stuff a ballot, and everyone
 * ends up with the same doc either way. Facilitators' updates pass it too: the rules let
 * them do anything but change the board's schema, which is the server's.
 */
export class ParticipantGuard implements RoomGuard {
  private readonly records: Y.Map<unknown>
  private readonly session: Y.Map<unknown>
  private readonly meta: Y.Map<unknown>
  /** Each record's guard as of the last transaction: what the rules compare against. */
  private readonly guards = new Map<string, RecordGuard>()
  /** The session's entries and the frames it locks, as of the last transaction that changed it. */
  private sessionEntries: Record<string, unknown> = {}
  private lockedFrames: ReadonlySet<string> = new Set()
  private judging: Judgement | null = null

  constructor(private readonly doc: Y.Doc) {
    this.records = doc.getMap(docLayout.records)
    this.session = doc.getMap(sessionMapName)
    this.meta = doc.getMap(docLayout.meta)
    for (const id of this.records.keys()) this.refresh(id)
    this.refreshSession()
    doc.on('afterTransaction', this.afterTransaction)
  }

  /** Applies a participant's update with `origin`; undoes it and says why if it breaks a rule. */
  apply(update: Uint8Array, origin: object, actor: Actor): Verdict {
    const undo = new Y.UndoManager([this.records, this.session, this.meta], {
      trackedOrigins: new Set([origin]),
      captureTimeout: 0,
    })
    const judgement: Judgement = {
      origin,
      actor,
      lockedFrames: this.lockedFrames,
      verdict: { ok: true },
      deleted: [],
    }
    this.judging = judgement
    try {
      Y.applyUpdate(this.doc, update, origin)
      if (!judgement.verdict.ok) undo.undo()
      return judgement.verdict
    } finally {
      this.judging = null
      // The undo manager keeps what the update deleted (to be able to restore it); once it
      // is done, that is garbage like any other deletion, or the doc would grow with every
      // participant's edit.
      undo.clear()
      undo.destroy()
      if (this.doc.gc) {
        for (const deleted of judgement.deleted) Y.tryGc(deleted, this.doc.store, this.doc.gcFilter)
      }
    }
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.afterTransaction)
  }

  private readonly afterTransaction = (transaction: Y.Transaction): void => {
    const touched = this.touchedRecords(transaction)
    const judgement = this.judging
    judgement?.deleted.push(transaction.deleteSet)
    if (judgement?.verdict.ok && transaction.origin === judgement.origin) {
      judgement.verdict = boardSchemaUntouched(touches(transaction, this.meta))
    }
    if (judgement?.verdict.ok && transaction.origin === judgement.origin) {
      const context = {
        guardsBefore: (id: string) => this.guards.get(id),
        guardsAfter: (id: string) => this.liveGuard(id),
        lockedFrames: judgement.lockedFrames,
      }
      for (const id of touched) {
        const change = { id, before: this.guards.get(id), after: this.liveGuard(id) }
        const verdict = checkRecordChange(change, judgement.actor, context)
        if (!verdict.ok) {
          judgement.verdict = verdict
          break
        }
      }
    }
    for (const id of touched) this.refresh(id)
    if (touches(transaction, this.session)) {
      const before = this.sessionEntries
      this.refreshSession()
      if (judgement?.verdict.ok && transaction.origin === judgement.origin) {
        judgement.verdict = checkSessionChange(before, this.sessionEntries, judgement.actor)
      }
    }
  }

  private refreshSession(): void {
    this.sessionEntries = this.session.toJSON()
    this.lockedFrames = framesLockedBySession(readSession(this.sessionEntries))
  }

  /** Ids of the records a transaction added, removed or changed (at any depth). */
  private touchedRecords(transaction: Y.Transaction): Set<string> {
    const touched = new Set<string>()
    for (const [type, keys] of transaction.changed) {
      if ((type as unknown) === this.records) {
        for (const key of keys) if (key !== null) touched.add(key)
        continue
      }
      for (
        let item = type._item;
        item;
        item = item.parent instanceof Y.AbstractType ? item.parent._item : null
      ) {
        if (item.parent === this.records && typeof item.parentSub === 'string') {
          touched.add(item.parentSub)
          break
        }
      }
    }
    return touched
  }

  private liveGuard(id: string): RecordGuard | undefined {
    const record = this.records.get(id)
    return record instanceof Y.Map ? guardOf(readYRecord(record)) : undefined
  }

  private refresh(id: string): void {
    const guard = this.liveGuard(id)
    if (guard) this.guards.set(id, guard)
    else this.guards.delete(id)
  }
}

/** Whether a transaction changed a root map or anything inside it. */
function touches(transaction: Y.Transaction, map: Y.Map<unknown>): boolean {
  for (const type of transaction.changed.keys()) {
    if ((type as unknown) === map) return true
    if (type._item && Y.isParentOf(map, type._item)) return true
  }
  return false
}
