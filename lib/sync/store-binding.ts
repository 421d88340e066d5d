// Binds a tldraw store to a board's Y.Doc, both ways, record by record.
import * as Y from 'yjs'
import type { HistoryEntry, SerializedSchema, TLRecord, TLStore } from 'tldraw'
import {
  docLayout,
  jsonEqual,
  readYRecord,
  recordToYMap,
  updateYRecord,
  type JsonRecord,
} from './record-layout'
import { errorMessage } from '../error-message'

export interface StoreBindingOptions {
  store: TLStore
  doc: Y.Doc
  /** Viewers: remote changes come in, nothing goes out. */
  readOnly?: boolean
  /**
   * Updates of existing records are sent at most this often, so a drag writes ~10 updates
   * a second rather than one per frame; the final position always goes out.
   */
  updateIntervalMs?: number
  /** A record this client cannot read (e.g. from a newer client) was left out. */
  onSkippedRecord?(id: string, reason: string): void
  /** The doc was written by a newer tldraw schema: this client must reload, and stops writing. */
  onSchemaTooNew?(): void
  /**
   * When remote changes go into the store. The board page passes `inNextTask`: everything
   * that arrived before that task runs (several peers at once, what queued up while the page
   * was busy) goes in as one store commit, so tldraw's reactive work runs once for all of it.
   * Without it, each remote change goes in at once (server-side readers, scripts).
   */
  scheduleRemoteMerge?(merge: () => void): void
  /**
   * Which of the store's records this binding keeps in its doc, when another binding of the
   * same store keeps the rest (a participant's private items live in their private room's
   * doc, everything else in the board's). Without it, every document record.
   */
  owns?(record: TLRecord): boolean
}

interface PendingChange {
  /** The record as the doc last got it from us (null: not in the doc from our side). */
  before: TLRecord | null
  after: TLRecord | null
}

/**
 * Keeps a tldraw store and a board's Y.Doc identical. Local document changes go to the doc;
 * remote ones come in through `store.mergeRemoteChanges`, so they never echo back and never
 * enter the local undo stack. Session state (camera, selection) never leaves the store.
 *
 * Convergence: tldraw hands out local changes once per animation frame, and this binding
 * holds back record updates for up to `updateIntervalMs`. A remote change may land in
 * between; before merging it, the binding pushes every pending local change into the doc,
 * then reads the touched records back from the doc. Store and doc agree afterwards, and
 * every peer ends with the same doc.
 */
export class StoreBinding {
  /** Normally record maps; any other client may have put anything there, so it is checked. */
  readonly records: Y.Map<unknown>
  readonly meta: Y.Map<unknown>
  private readonly store: TLStore
  private readonly doc: Y.Doc
  private readonly updateIntervalMs: number
  private readonly owns: (record: TLRecord) => boolean
  private readOnly: boolean
  private docSchema: SerializedSchema | null = null
  /** Whether records in the doc are written in another schema than ours (then they migrate). */
  private docSchemaDiffers = false
  private pending = new Map<string, PendingChange>()
  private lastFlushAt = 0
  private flushTimer: ReturnType<typeof setTimeout> | null = null
  private stopListening: (() => void) | null = null
  private started = false
  /** Whether the store follows the doc since before the first sync (`showDoc`). */
  private showing = false
  /** Records `showDoc` put into the store that it did not hold before. */
  private shownBeforeSync = new Set<string>()
  /** Records remote changes touched since the last merge into the store. */
  private remoteTouched = new Set<string>()
  private remoteMergeScheduled = false
  private disposed = false

  constructor(private readonly options: StoreBindingOptions) {
    this.store = options.store
    this.doc = options.doc
    this.readOnly = options.readOnly ?? false
    this.updateIntervalMs = options.updateIntervalMs ?? 100
    this.owns = options.owns ?? (() => true)
    this.records = this.doc.getMap(docLayout.records)
    this.meta = this.doc.getMap(docLayout.meta)
  }

  /**
   * Shows what the doc holds before the first sync (the board page brought the board's
   * state): the store takes its records as remote changes, so nothing goes to the doc or the
   * undo stack, and from here on follows the doc's changes, such as the sync bringing what
   * changed since the page was rendered. A doc from a newer schema is not shown: `start`
   * reports it.
   */
  showDoc(): void {
    if (this.started || this.showing || this.records.size === 0) return
    const schema = this.meta.get('schema') as SerializedSchema | undefined
    if (!schema || !this.store.schema.getMigrationsSince(schema).ok) return
    this.showing = true
    this.readDocSchema()
    for (const id of this.records.keys()) {
      if (!this.store.has(id as TLRecord['id'])) this.shownBeforeSync.add(id)
    }
    this.replaceStoreFromDoc()
    this.followDoc()
  }

  /**
   * Starts syncing; call once the doc holds the server's state (after the first sync).
   * An empty doc is seeded from the store; otherwise the store is replaced by the doc (a
   * store that showed the doc already follows it).
   */
  start(): void {
    if (this.started) return
    this.started = true
    this.readDocSchema()
    if (this.records.size === 0 && !this.readOnly) {
      // What was shown before the sync is not this client's to write into the board.
      const shown = [...this.shownBeforeSync] as TLRecord['id'][]
      this.store.mergeRemoteChanges(() => this.store.remove(shown))
      this.doc.transact(() => {
        for (const record of this.store.allRecords()) {
          if (this.isDocumentRecord(record) && this.owns(record))
            this.records.set(record.id, recordToYMap(asJson(record)))
        }
        // The server writes the schema of a board it serves (and undoes anyone else's);
        // only a doc without one (a new board's first state) gets ours.
        if (!this.meta.has('schema')) this.meta.set('schema', this.store.schema.serialize())
      }, this)
    } else {
      this.upgradeDocSchema()
      if (!this.showing) this.replaceStoreFromDoc()
    }
    if (!this.showing) this.followDoc()
    if (!this.readOnly) {
      this.stopListening = this.store.listen(this.onStoreChange, {
        source: 'user',
        scope: 'document',
      })
    }
  }

  private followDoc(): void {
    this.records.observeDeep(this.onDocChange)
    this.meta.observe(this.onMetaChange)
  }

  /** Sends every held-back local change to the doc now, in one transaction. */
  flush(): void {
    if (this.flushTimer) {
      clearTimeout(this.flushTimer)
      this.flushTimer = null
    }
    this.lastFlushAt = Date.now()
    if (this.pending.size === 0 || this.readOnly) {
      this.pending.clear()
      return
    }
    const pending = this.pending
    this.pending = new Map()
    this.doc.transact(() => {
      for (const [id, { before, after }] of pending) {
        if (after === null) {
          if (before !== null) this.records.delete(id)
          continue
        }
        const yRecord = this.records.get(id)
        if (before === null || !(yRecord instanceof Y.Map)) {
          // New, or unreadable in the doc: write it whole. A record deleted remotely while we
          // were editing it stays deleted (the merge removes it here too).
          if (before === null || yRecord !== undefined) {
            this.records.set(id, recordToYMap(asJson(after)))
          }
          continue
        }
        updateYRecord(yRecord, asJson(before), asJson(after))
      }
    }, this)
  }

  dispose(): void {
    this.disposed = true
    if (this.started) this.flush()
    this.stopListening?.()
    this.records.unobserveDeep(this.onDocChange)
    this.meta.unobserve(this.onMetaChange)
    if (this.flushTimer) clearTimeout(this.flushTimer)
  }

  private readonly onStoreChange = ({ changes }: HistoryEntry<TLRecord>): void => {
    let structural = false
    for (const record of Object.values(changes.added)) {
      if (!this.owns(record)) continue
      this.note(record.id, null, record)
      structural = true
    }
    for (const [before, after] of Object.values(changes.updated)) {
      if (this.owns(before) || this.owns(after)) this.note(after.id, before, after)
    }
    for (const record of Object.values(changes.removed)) {
      if (!this.owns(record)) continue
      this.note(record.id, record, null)
      structural = true
    }
    const sinceFlush = Date.now() - this.lastFlushAt
    if (structural || sinceFlush >= this.updateIntervalMs) return this.flush()
    this.flushTimer ??= setTimeout(() => this.flush(), this.updateIntervalMs - sinceFlush)
  }

  /** Coalesces changes of one record: the doc only needs where it was and where it is. */
  private note(id: string, before: TLRecord | null, after: TLRecord | null): void {
    const earlier = this.pending.get(id)
    this.pending.set(id, { before: earlier ? earlier.before : before, after })
  }

  private readonly onDocChange = (
    events: Y.YEvent<Y.Map<unknown>>[],
    transaction: Y.Transaction,
  ) => {
    if (transaction.origin === this) return
    for (const event of events) {
      if (event.target === this.records) {
        for (const key of event.changes.keys.keys()) this.remoteTouched.add(key)
      } else {
        const id = event.path[0]
        if (typeof id === 'string') this.remoteTouched.add(id)
      }
    }
    const schedule = this.options.scheduleRemoteMerge
    if (!schedule) return this.mergeRemote()
    if (this.remoteMergeScheduled) return
    this.remoteMergeScheduled = true
    schedule(() => this.mergeRemote())
  }

  /** Puts the records remote changes touched into the store, as the doc holds them now. */
  private mergeRemote(): void {
    this.remoteMergeScheduled = false
    if (this.disposed || this.remoteTouched.size === 0) return
    const touched = this.remoteTouched
    this.remoteTouched = new Set()
    // Local changes not yet in the doc must get there first, or the merge below would
    // overwrite them in the store while the doc (and every peer) keeps them.
    this.store._flushHistory()
    this.flush()
    this.mergeFromDoc(touched)
  }

  private readonly onMetaChange = () => {
    this.readDocSchema()
  }

  private mergeFromDoc(ids: Iterable<string>): void {
    const puts: TLRecord[] = []
    const removals: TLRecord['id'][] = []
    for (const id of ids) {
      const yRecord = this.records.get(id)
      if (yRecord !== undefined) {
        const record = this.readRecord(id, yRecord)
        const current = this.store.get(id as TLRecord['id'])
        if (record && !(current && jsonEqual(current, record))) {
          puts.push(current ? keepUnchangedFields(current, record) : record)
        }
      } else {
        // Gone from this doc; another binding's doc may hold it now (a revealed item).
        const current = this.store.get(id as TLRecord['id'])
        if (current && this.owns(current)) removals.push(current.id)
      }
    }
    if (puts.length === 0 && removals.length === 0) return
    this.putRemote(puts, removals, this.options.onSkippedRecord)
  }

  /**
   * Applies records as remote changes. The store validates each record it is given, so
   * they go in unchecked, all in one put; should one of them not validate, the put stops
   * there and they go in one by one instead, leaving out (and reporting) those that fail.
   */
  private putRemote(
    puts: TLRecord[],
    removals: TLRecord['id'][],
    onInvalid?: (id: string, reason: string) => void,
  ): void {
    try {
      this.store.mergeRemoteChanges(() => {
        if (removals.length) this.store.remove(removals)
        if (puts.length) this.store.put(puts)
      })
    } catch {
      this.store.mergeRemoteChanges(() => {
        if (removals.length) this.store.remove(removals)
        for (const record of puts) {
          try {
            this.store.put([record])
          } catch (error) {
            onInvalid?.(record.id, errorMessage(error))
          }
        }
      })
    }
  }

  private replaceStoreFromDoc(): void {
    const inDoc = new Set(this.records.keys())
    const stale = this.store
      .allRecords()
      .filter(
        (record) => this.isDocumentRecord(record) && this.owns(record) && !inDoc.has(record.id),
      )
      .map((record) => record.id)
    this.store.mergeRemoteChanges(() => {
      if (stale.length) this.store.remove(stale)
    })
    this.mergeFromDoc(inDoc)
  }

  /**
   * Reads and migrates one record; null (and a report) when it cannot be used. It is not
   * validated here: the store does that as the record goes in (`putRemote`).
   */
  private readRecord(id: string, yRecord: unknown): TLRecord | null {
    try {
      if (!(yRecord instanceof Y.Map)) throw new Error('not a record map')
      const record = readYRecord(yRecord)
      if (record.id !== id) throw new Error(`holds record ${String(record.id)}`)
      return this.migratedRecord(record, this.docSchemaDiffers ? this.docSchema : null)
    } catch (error) {
      this.options.onSkippedRecord?.(id, errorMessage(error))
      return null
    }
  }

  /** The record migrated from `writtenIn` (null: our own schema); throws why not. */
  private migratedRecord(json: JsonRecord, writtenIn: SerializedSchema | null): TLRecord {
    const record = json as unknown as TLRecord
    if (!writtenIn) return record
    const migrated = this.store.schema.migratePersistedRecord(record, writtenIn)
    if (migrated.type === 'error') throw new Error(`migration failed: ${migrated.reason}`)
    return migrated.value
  }

  private readDocSchema(): void {
    const schema = this.meta.get('schema') as SerializedSchema | undefined
    if (!schema) return
    this.docSchema = schema
    this.docSchemaDiffers = !jsonEqual(schema, this.store.schema.serialize())
    if (!this.store.schema.getMigrationsSince(schema).ok) {
      // Written by a newer client: reading may work record by record, writing would not.
      this.readOnly = true
      this.stopListening?.()
      this.stopListening = null
      this.options.onSchemaTooNew?.()
    }
  }

  /** A doc written by an older client is rewritten in our schema, so all records agree. */
  private upgradeDocSchema(): void {
    if (this.readOnly || !this.docSchema) return
    const migrations = this.store.schema.getMigrationsSince(this.docSchema)
    if (!migrations.ok || migrations.value.length === 0) return
    this.doc.transact(() => {
      for (const [id, yRecord] of this.records) {
        const record = this.readRecord(id, yRecord)
        if (record && this.validates(record)) this.records.set(id, recordToYMap(asJson(record)))
      }
      this.meta.set('schema', this.store.schema.serialize())
    }, this)
    this.docSchema = this.store.schema.serialize()
    this.docSchemaDiffers = false
  }

  /** Whether the store would take the record; damaged ones stay in the doc as they are. */
  private validates(record: TLRecord): boolean {
    try {
      this.store.schema.validateRecord(this.store, record, 'createRecord', null)
      return true
    } catch {
      return false
    }
  }

  private isDocumentRecord(record: TLRecord): boolean {
    return this.store.scopedTypes.document.has(record.typeName)
  }
}

/**
 * The merged record, reusing the current record's field objects where they did not change:
 * tldraw keeps a shape's geometry and rendering while its `props` object stays the same, so
 * a remote move only moves the shape instead of redrawing it.
 */
function keepUnchangedFields(current: TLRecord, next: TLRecord): TLRecord {
  const merged: Record<string, unknown> = { ...next }
  for (const [field, value] of Object.entries(current)) {
    if (typeof value === 'object' && value !== null && jsonEqual(value, merged[field])) {
      merged[field] = value
    }
  }
  return merged as unknown as TLRecord
}

/**
 * Runs `callback` in a task of its own, queued behind the tasks already waiting (a
 * MessageChannel message, which a hidden tab does not hold back): remote messages that
 * arrived together, or while the page was busy, go into the store as one commit. Not in the
 * next animation frame: the store commit and tldraw's reactions to it then ran inside the
 * frame, and a peer dragging 100 shapes of a 2,000-shape board drew 28–34 frames a second
 * against 36–37 merged this way (bare tldraw: 37–39).
 */
export function inNextTask(callback: () => void): void {
  const channel = new MessageChannel()
  channel.port1.onmessage = () => {
    channel.port1.close()
    callback()
  }
  channel.port2.postMessage(null)
}

function asJson(record: TLRecord): JsonRecord {
  return record as unknown as JsonRecord
}
