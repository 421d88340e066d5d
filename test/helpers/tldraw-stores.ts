import * as Y from 'yjs'
import {
  createShapeId,
  type IndexKey,
  GeoShapeUtil,
  type TLGeoShape,
  type TLRecord,
  type TLShape,
  type TLShapeId,
  type TLStore,
} from 'tldraw'
import { newBoardStore } from '@/lib/boards/seed-update'
import { cubeShapeSchema, type ShapeSchema, type TLCubeShape } from '@/lib/shapes'
import { StoreBinding } from '@/lib/sync/store-binding'

/** A store as the board page makes it, with the default page in place. */
export const newStore = newBoardStore

const geoDefaults = GeoShapeUtil.prototype.getDefaultProps.call({} as GeoShapeUtil)

/** A complete rectangle record, as the geo tool would create it. */
export function rectangle(
  id: TLShapeId = createShapeId(),
  overrides: Partial<Omit<TLGeoShape, 'props'>> & { props?: Partial<TLGeoShape['props']> } = {},
): TLGeoShape {
  return {
    id,
    typeName: 'shape',
    type: 'geo',
    x: 0,
    y: 0,
    rotation: 0,
    index: 'a1' as TLGeoShape['index'],
    parentId: 'page:page' as TLGeoShape['parentId'],
    isLocked: false,
    opacity: 1,
    meta: {},
    ...overrides,
    props: { ...geoDefaults, ...overrides.props },
  }
}

/** A complete record of one of our shapes at the page's origin, its schema's defaults under `props`. */
export function shapeRecord<Shape extends TLShape>(
  schema: ShapeSchema<Shape['type'], Shape['props']>,
  props: Partial<Shape['props']> = {},
  id: TLShapeId = createShapeId(),
): Shape {
  return {
    id,
    typeName: 'shape',
    type: schema.type,
    x: 0,
    y: 0,
    rotation: 0,
    index: 'a1' as IndexKey,
    parentId: 'page:page' as TLShape['parentId'],
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { ...schema.defaultProps, ...props },
  } as Shape
}

/** A complete cube record ("Mortgage Loan", Retail Sales), as the cube tool would create it. */
export function cubeShape(
  id: TLShapeId = createShapeId(),
  props: Partial<TLCubeShape['props']> = {},
): TLCubeShape {
  return shapeRecord<TLCubeShape>(
    cubeShapeSchema,
    { title: 'Mortgage Loan', department: 'Retail Sales', ...props },
    id,
  )
}

/** The document records of a store, sorted, for comparing peers. */
export function documentRecords(store: TLStore): TLRecord[] {
  return store
    .allRecords()
    .filter((record) => store.scopedTypes.document.has(record.typeName))
    .sort((a, b) => a.id.localeCompare(b.id))
}

/** A peer: a store bound to its own Y.Doc. */
export interface Peer {
  store: TLStore
  doc: Y.Doc
  binding: StoreBinding
}

export function newPeer(
  options: { readOnly?: boolean; doc?: Y.Doc; remoteChangesDeferred?: boolean } = {},
): Peer {
  const store = newStore()
  const doc = options.doc ?? new Y.Doc()
  const binding = new StoreBinding({
    store,
    doc,
    readOnly: options.readOnly,
    updateIntervalMs: 0,
    // Deferred as the board page defers them (`inNextTask`); here until `endFrame`.
    scheduleRemoteMerge: options.remoteChangesDeferred
      ? (merge) => requestAnimationFrame(() => merge())
      : undefined,
  })
  return { store, doc, binding }
}

/**
 * Connects Y.Docs in memory with a queue per direction, so a test decides when each
 * update arrives (as a slow network would).
 */
export class Network {
  private readonly queues = new Map<Y.Doc, { to: Y.Doc; update: Uint8Array }[]>()

  constructor(private readonly docs: Y.Doc[]) {
    for (const doc of docs) {
      this.queues.set(doc, [])
      doc.on('update', (update: Uint8Array, origin: unknown) => {
        if (origin === this) return
        for (const other of docs)
          if (other !== doc) this.queues.get(other)!.push({ to: other, update })
      })
    }
  }

  /** Delivers everything queued for one doc. */
  deliverTo(doc: Y.Doc): void {
    const queue = this.queues.get(doc)!
    while (queue.length) Y.applyUpdate(doc, queue.shift()!.update, this)
  }

  /** Delivers until nothing is in flight. */
  settle(): void {
    while ([...this.queues.values()].some((queue) => queue.length)) {
      for (const doc of this.docs) this.deliverTo(doc)
    }
  }
}

const pendingFrames: FrameRequestCallback[] = []

/**
 * Makes tldraw batch store changes per animation frame as it does in a browser (under
 * NODE_ENV=test it otherwise hands them out at once), with frames that end only when a
 * test says so. Call in a test file's setup.
 */
export function batchChangesPerManualFrame(): void {
  Object.assign(globalThis, {
    __FORCE_RAF_IN_TESTS__: true,
    requestAnimationFrame: (callback: FrameRequestCallback) => pendingFrames.push(callback),
    cancelAnimationFrame: () => {},
  })
}

/** Ends the current animation frame: tldraw hands its batched local changes to listeners. */
export function endFrame(...stores: TLStore[]): void {
  for (const callback of pendingFrames.splice(0)) callback(performance.now())
  for (const store of stores) store._flushHistory()
}
