import { boardRoleNames } from '../db/schema'

/**
 * What each role may do on a board. Owners run the board; facilitators run sessions on it
 * (invites, versions); editors draw; viewers look. The sync server and every route ask
 * `may`, so the rules live here once.
 */
export const boardRoles = boardRoleNames
export type BoardRole = (typeof boardRoles)[number]

export type BoardAction =
  | 'view'
  | 'edit'
  | 'facilitate'
  | 'invite'
  | 'save-version'
  | 'restore-version'
  | 'manage-members'
  | 'rename'
  | 'archive'
  | 'delete'

const rank: Record<BoardRole, number> = { viewer: 0, editor: 1, facilitator: 2, owner: 3 }

const leastRoleFor: Record<BoardAction, BoardRole> = {
  view: 'viewer',
  edit: 'editor',
  facilitate: 'facilitator',
  invite: 'facilitator',
  'save-version': 'facilitator',
  'restore-version': 'facilitator',
  'manage-members': 'owner',
  rename: 'owner',
  archive: 'owner',
  delete: 'owner',
}

/** Whether `role` allows `action`; no role (not a member) allows nothing. */
export function may(role: BoardRole | null, action: BoardAction): boolean {
  return role !== null && rank[role] >= rank[leastRoleFor[action]]
}

/** Whether `role` gives at least the rights of `other`. */
export function atLeast(role: BoardRole, other: BoardRole): boolean {
  return rank[role] >= rank[other]
}

/** The lower of two roles (an archived board caps everyone at viewer). */
export function lowerRole(a: BoardRole, b: BoardRole): BoardRole {
  return rank[a] <= rank[b] ? a : b
}

/** Invite links give these roles; ownership is never handed out by a link. */
export const invitableRoles = ['facilitator', 'editor', 'viewer'] as const satisfies BoardRole[]
export type InvitableRole = (typeof invitableRoles)[number]

/** Roles an owner can give a member: anything but a second owner. */
export const assignableRoles = invitableRoles

/** Display words for roles. */
export const roleNames: Record<BoardRole, string> = {
  owner: 'Owner',
  facilitator: 'Facilitator',
  editor: 'Editor',
  viewer: 'Viewer',
}
