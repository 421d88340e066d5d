/**
 * What a touchpoint of the customer-experience map may point at in the cube network
 * (docs/domain.md §3b): a front-stage channel touchpoint is a cube's Experience channel, a
 * back-stage capability is a cube's Front Stage service (the capability that provides it) or
 * a Back Stage process or step; an on-stage activity is a service; a customer action is a
 * step of a cube's journey; any touchpoint may point at a whole cube.
 */
import type { FaceItemKind } from '../cubes/vocabulary'
import { itemKindNames } from '../cubes/vocabulary'
import type { LaneKind } from './vocabulary'
import { laneKindNames } from './vocabulary'

/** What a touchpoint would point at: a cube, or an item of a cube, by its kind. */
export type TouchpointTarget = { kind: 'cube' } | { kind: FaceItemKind }

/** The item kinds each lane's touchpoints may point at (a whole cube is always allowed). */
export const linkableKindsByLane: Record<LaneKind, readonly FaceItemKind[]> = {
  'customer-actions': ['journey-step'],
  'front-stage': ['channel', 'brand'],
  'on-stage': ['service', 'product'],
  'back-stage': ['service', 'process', 'process-step', 'it-application', 'information', 'policy'],
  other: ['product', 'service', 'brand', 'channel', 'journey-step', 'process', 'process-step'],
}

export type TouchpointLinkVerdict = { allowed: true } | { allowed: false; reason: string }

/** Whether a touchpoint in a lane of `lane` kind may point at `target`. */
export function checkTouchpointLink(
  lane: LaneKind,
  target: TouchpointTarget | undefined,
): TouchpointLinkVerdict {
  if (!target) return { allowed: false, reason: 'Pick a cube or one of its items to link to.' }
  if (target.kind === 'cube') return { allowed: true }
  const kinds = linkableKindsByLane[lane]
  if (kinds.includes(target.kind)) return { allowed: true }
  return {
    allowed: false,
    reason: `A touchpoint in ${laneKindNames[lane]} points at ${kinds
      .map((kind) => itemKindNames[kind].toLowerCase())
      .join(', ')} or a whole cube, not at a ${itemKindNames[target.kind].toLowerCase()}.`,
  }
}
