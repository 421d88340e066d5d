// The facilitation rules at the server: judges each participant update by what it touched, undoing only what breaks one.
import * as Y from 'yjs'
import { docLayout } from '@/lib/sync/record-layout'
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

/** What a transaction changed, as an undo manager would take it back. */
interface Revert {
  /** The structs it added (every clock between its before and after state). */
  insertions: Y.Transaction['deleteSet']
  /** What it deleted, kept from garbage collection until the revert restored it. */
  deletions: Y.Transaction['deleteSet']
  meta: Map<unknown, unknown>
}

interface Judgement {
  origin: unknown
  actor: Actor
  lockedFrames: ReadonlySet<string>
  verdict: Verdict
  /** Set when the verdict is a refusal: how to take the judged transaction back. */
  revert: Revert | null
}

/**
 * Enforces the facilitation rules on what participants send: their update is applied, judged
 * against the records it touched and the session, and undone again when it breaks a rule
 * (the undo reaches everyone, the sender included, as an ordinary update). So a stock client
 * cannot lock, unlock, move locked scaffolding, run the timer or stuff a ballot, and everyone
 * ends up with the same doc either way. Facilitators' updates pass it too: the rules let
 * them do anything but change the board's schema (`tl_meta`), which is the server's.
 *
 * An allowed update costs its one transaction and a look at what it changed: nothing is kept
 * for undoing it. Only a refused one is taken back, from the structs it added and the delete
 * set it made, which are kept out of garbage collection until then.
 */
export class ParticipantGuard implements RoomGuard {
  private readonly records: Y.Map<unknown>
  private readonly session: Y.Map<unknown>
  private readonly meta: Y.Map<unknown>
  /** What the rules cover, and so what a refusal takes back. */
  private readonly scope: Y.Map<unknown>[]
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
    this.scope = [this.records, this.session, this.meta]
    for (const id of this.records.keys()) this.remember(id, this.liveGuard(id))
    this.refreshSession()
    doc.on('afterTransaction', this.afterTransaction)
  }

  /** Applies a participant's update with `origin`; undoes it and says why if it breaks a rule. */
  apply(update: Uint8Array, origin: object, actor: Actor): Verdict {
    const judgement: Judgement = {
      origin,
      actor,
      lockedFrames: this.lockedFrames,
      verdict: { ok: true },
      revert: null,
    }
    this.judging = judgement
    try {
      Y.applyUpdate(this.doc, update, origin)
    } finally {
      this.judging = null
    }
    if (judgement.revert) this.undo(judgement.revert)
    return judgement.verdict
  }

  destroy(): void {
    this.doc.off('afterTransaction', this.afterTransaction)
  }

  private readonly afterTransaction = (transaction: Y.Transaction): void => {
    const touched = this.touchedRecords(transaction)
    const judgement = this.judging
    const judged = judgement !== null && transaction.origin === judgement.origin
    if (judged && judgement.verdict.ok) {
      judgement.verdict = boardSchemaUntouched(touches(transaction, this.meta))
    }
    // Each touched record's guard is read once; the others are as the last transaction left them.
    const after = new Map<string, RecordGuard | undefined>()
    for (const id of touched) after.set(id, this.liveGuard(id))
    if (judged && judgement.verdict.ok) {
      const context = {
        guardsBefore: (id: string) => this.guards.get(id),
        guardsAfter: (id: string) => (after.has(id) ? after.get(id) : this.guards.get(id)),
        lockedFrames: judgement.lockedFrames,
      }
      for (const id of touched) {
        const change = { id, before: this.guards.get(id), after: after.get(id) }
        const verdict = checkRecordChange(change, judgement.actor, context)
        if (!verdict.ok) {
          judgement.verdict = verdict
          break
        }
      }
    }
    for (const [id, guard] of after) this.remember(id, guard)
    if (touches(transaction, this.session)) {
      const before = this.sessionEntries
      this.refreshSession()
      if (judged && judgement.verdict.ok) {
        judgement.verdict = checkSessionChange(before, this.sessionEntries, judgement.actor)
      }
    }
    // Still inside the transaction: what it deleted is not collected yet, and must not be.
    if (judged && !judgement.verdict.ok) judgement.revert = this.revertOf(transaction)
  }

  /** How to take a transaction back; keeps what it deleted until `undo` has restored it. */
  private revertOf(transaction: Y.Transaction): Revert {
    const insertions = Y.createDeleteSet()
    for (const [client, endClock] of transaction.afterState) {
      const startClock = transaction.beforeState.get(client) ?? 0
      if (endClock > startClock) {
        insertions.clients.set(client, [{ clock: startClock, len: endClock - startClock }])
      }
    }
    Y.iterateDeletedStructs(transaction, transaction.deleteSet, (struct) => {
      if (struct instanceof Y.Item && this.inScope(struct)) keepFromCollection(struct)
    })
    return { insertions, deletions: transaction.deleteSet, meta: new Map() }
  }

  /**
   * Takes a refused transaction back as an ordinary change of the doc (so everyone gets it),
   * then lets what it and the undo deleted be garbage, as any other deletion is.
   */
  private undo(revert: Revert): void {
    const undoManager = new Y.UndoManager(this.scope, {
      trackedOrigins: new Set(),
      captureTimeout: 0,
    })
    try {
      undoManager.undoStack.push(revert)
      undoManager.undo()
    } finally {
      const deleted = [revert, ...undoManager.redoStack].map((item) => item.deletions)
      // Clearing releases what the undo manager kept for a redo; the revert's own deletions too.
      undoManager.redoStack.push(revert)
      undoManager.clear()
      undoManager.destroy()
      if (this.doc.gc) {
        for (const deleteSet of deleted) Y.tryGc(deleteSet, this.doc.store, this.doc.gcFilter)
      }
    }
  }

  private inScope(item: Y.Item): boolean {
    return this.scope.some((type) => Y.isParentOf(type, item))
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

  /**
   * A record's guard as the doc holds it now. Only the fields the rules read are read: the
   * rest (its props: geometry, text) can be large, and an edit changes them all the time.
   */
  private liveGuard(id: string): RecordGuard | undefined {
    const record = this.records.get(id)
    if (!(record instanceof Y.Map)) return undefined
    const meta: unknown = record.get('meta')
    return guardOf({
      parentId: record.get('parentId'),
      meta: meta instanceof Y.Map ? meta.toJSON() : meta,
    })
  }

  private remember(id: string, guard: RecordGuard | undefined): void {
    if (guard) this.guards.set(id, guard)
    else this.guards.delete(id)
  }
}

/**
 * Keeps a deleted struct (and the types it sits in) from garbage collection, which Yjs does
 * at the end of each transaction; an undo manager's `clear` lets it go again.
 */
function keepFromCollection(item: Y.Item): void {
  for (
    let at: Y.Item | null = item;
    at && !at.keep;
    at = at.parent instanceof Y.AbstractType ? at.parent._item : null
  ) {
    at.keep = true
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
