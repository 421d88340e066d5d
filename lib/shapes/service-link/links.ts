/**
 * Service links on a board: listed, checked against the link rules, made, and removed with their
 * items.
 */
import { computed, type Computed } from '@tldraw/state'
import { createShapeId, type TLStore } from '@tldraw/tlschema'
import { getIndexAbove, type IndexKey } from '@tldraw/utils'
import { firstPageId } from '../pages'
import {
  checkServiceLink,
  conflictText,
  cubeItemTypeName,
  keptAndConflictingLinks,
  type ConflictingLink,
  type ServiceLinkVerdict,
} from '@/lib/model'
import { type TLCubeItem, type TLCubeItemId } from '../cube/item-record'
import { serviceLinkShapeType } from '@/lib/model'
import type { TLCubeShape } from '../cube/schema'
import type { TLServiceLinkShape } from './schema'

/** Every service link on the board. Reactive inside a computed. */
export function serviceLinksOf(store: TLStore): TLServiceLinkShape[] {
  return store.query
    .records('shape', () => ({ type: { eq: serviceLinkShapeType } }))
    .get() as TLServiceLinkShape[]
}

const conflicts = new WeakMap<TLStore, Computed<Map<string, ConflictingLink>>>()

/**
 * The links on the board that conflict with another provider of their step, by id, decided
 * as the model decides it (keptAndConflictingLinks), so the canvas marks exactly the links
 * the Gaps list names. Reactive; worked out once per change of the board's links or items.
 */
export function conflictingLinksOn(store: TLStore): Map<string, ConflictingLink> {
  let conflicting = conflicts.get(store)
  if (!conflicting) {
    conflicting = computed('conflicting service links', () => {
      const links = serviceLinksOf(store).map((link) => ({ id: link.id, ...link.props }))
      const items = store.query.records(cubeItemTypeName).get() as TLCubeItem[]
      const { conflictingLinks } = keptAndConflictingLinks(links, items)
      return new Map(conflictingLinks.map((link) => [link.id, link]))
    })
    conflicts.set(store, conflicting)
  }
  return conflicting.get()
}

/**
 * Whether `serviceId` may serve `stepId` on this board now (see checkServiceLink). A step
 * that has a provider already is refused in the words of a conflict, naming that provider
 * and its cube, so people know whom to talk to.
 */
export function canLink(
  store: TLStore,
  serviceId: TLCubeItemId,
  stepId: TLCubeItemId,
): ServiceLinkVerdict {
  const item = (id: TLCubeItemId) => store.get(id) as TLCubeItem | undefined
  const existing = serviceLinksOf(store).map((link) => ({ id: link.id, ...link.props }))
  const step = item(stepId)
  const verdict = checkServiceLink(item(serviceId), step, existing)
  if (verdict.allowed || verdict.rule !== 'one-provider-per-step' || !step) return verdict
  const provider = item(existing.find((link) => link.stepId === stepId)!.serviceId)
  const cube = provider && (store.get(provider.cubeId) as TLCubeShape | undefined)
  return {
    ...verdict,
    reason: conflictText(step.text, provider?.text ?? '', cube?.props.title || 'Untitled cube'),
  }
}

/**
 * Links a service to the step it serves, on top of everything on the page so no cube hides
 * it; refuses (and says why) whatever the rules do not allow. Mark a history stopping point
 * first in the editor, so that one undo takes exactly the link away.
 */
export function linkService(
  store: TLStore,
  serviceId: TLCubeItemId,
  stepId: TLCubeItemId,
  label = '',
): ServiceLinkVerdict {
  const verdict = canLink(store, serviceId, stepId)
  if (!verdict.allowed) return verdict
  const onPage = store.query.records('shape', () => ({ parentId: { eq: firstPageId } })).get()
  const top = onPage.reduce<IndexKey | null>(
    (highest, shape) => (highest === null || shape.index > highest ? shape.index : highest),
    null,
  )
  const link: TLServiceLinkShape = {
    id: createShapeId(),
    typeName: 'shape',
    type: serviceLinkShapeType,
    x: 0,
    y: 0,
    rotation: 0,
    index: getIndexAbove(top),
    parentId: firstPageId,
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { serviceId, stepId, label },
  }
  store.put([link])
  return verdict
}

/**
 * A link goes with either of its items (and so with either cube, whose items go with it),
 * in the same change, so one undo brings everything back. Only the participant who deleted
 * does it; the others receive the deletions. Returns the function that unregisters it.
 */
export function deleteLinksWithTheirItems(store: TLStore): () => void {
  return store.sideEffects.registerAfterDeleteHandler(cubeItemTypeName, (item, source) => {
    if (source !== 'user') return
    const gone = serviceLinksOf(store).filter(
      (link) => link.props.serviceId === item.id || link.props.stepId === item.id,
    )
    if (gone.length) store.remove(gone.map((link) => link.id))
  })
}

/**
 * A link stays a child of the page: inside a frame it would be clipped at the frame's edge
 * and drawn in the frame's place among the shapes, and tldraw's frame tool takes in every
 * shape within the frame it draws. (Above frames it is drawn by app/globals.css.) Returns
 * the function that unregisters it.
 */
export function keepLinksOnThePage(store: TLStore): () => void {
  return store.sideEffects.registerBeforeChangeHandler('shape', (previous, next, source) =>
    source === 'user' && next.type === serviceLinkShapeType && next.parentId !== previous.parentId
      ? previous
      : next,
  )
}
