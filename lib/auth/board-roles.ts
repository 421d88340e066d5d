// Board roles and the permission table: who may do what, on a board or on no board at all.
import { boardRoleNames } from '../db/schema'

/**
 * Owners run the board; facilitators run sessions on it (invites, versions); editors draw;
 * viewers look. The sync server, the canvas and `authorize` all read `permissions`, so the
 * rules live here once.
 */
export const boardRoles = boardRoleNames
export type BoardRole = (typeof boardRoles)[number]

/** What people do on a board: each needs a least role on it. */
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
  | 'duplicate'

/** What people do on no board in particular: being signed in is enough, or an account is needed. */
export type AccountAction =
  | 'list-boards'
  | 'search-boards'
  | 'create-board'
  | 'list-api-keys'
  | 'make-api-key'
  | 'revoke-api-key'
  | 'join-board'

export type Action = BoardAction | AccountAction

interface Permission {
  /** Whether guests (people in by an invite link, with a name and no account) may do it. */
  guests: boolean
  /** What it is, as refusals say it: "you cannot …". */
  words: string
}

interface BoardPermission extends Permission {
  leastRole: BoardRole
  /** It changes the board itself, so an archived board (read-only) refuses it to everyone. */
  changesBoard: boolean
}

interface AccountPermission extends Permission {
  leastRole: null
}

/** The permission table: every action Cubeboard checks, and who may take it. */
export const permissions: { [A in BoardAction]: BoardPermission } & {
  [A in AccountAction]: AccountPermission
} = {
  view: onBoard('viewer', 'open this board'),
  edit: onBoard('editor', 'edit this board', { changesBoard: true }),
  facilitate: onBoard('facilitator', 'facilitate on this board'),
  invite: onBoard('facilitator', 'make or revoke invite links'),
  'save-version': onBoard('facilitator', 'save versions'),
  'restore-version': onBoard('facilitator', 'restore versions', { changesBoard: true }),
  'manage-members': onBoard('owner', 'change members'),
  rename: onBoard('owner', 'rename this board'),
  archive: onBoard('owner', 'archive or restore this board'),
  delete: onBoard('owner', 'delete this board'),
  // A copy is a new board of one's own: anyone who can open the board, but not guests.
  duplicate: onBoard('viewer', 'copy boards', { guests: false }),
  'list-boards': onAccount('list your boards'),
  'search-boards': onAccount('search your boards'),
  'create-board': onAccount('create boards', { guests: false }),
  'list-api-keys': onAccount('see your API keys'),
  'make-api-key': onAccount('make API keys', { guests: false }),
  'revoke-api-key': onAccount('revoke API keys'),
  // The invite link is what lets one in; the rule here is only being signed in.
  'join-board': onAccount('join boards'),
}

function onBoard(
  leastRole: BoardRole,
  words: string,
  options: { changesBoard?: boolean; guests?: boolean } = {},
): BoardPermission {
  return {
    leastRole,
    words,
    changesBoard: options.changesBoard ?? false,
    guests: options.guests ?? true,
  }
}

function onAccount(words: string, options: { guests?: boolean } = {}): AccountPermission {
  return { leastRole: null, words, guests: options.guests ?? true }
}

const rank: Record<BoardRole, number> = { viewer: 0, editor: 1, facilitator: 2, owner: 3 }

/** Whether an action is about one board (and so needs a role on it). */
export function isBoardAction(action: Action): action is BoardAction {
  return permissions[action].leastRole !== null
}

/** Whether `role` allows `action` on a board; no role (not a member) allows nothing. */
export function may(role: BoardRole | null, action: BoardAction): boolean {
  return role !== null && atLeast(role, permissions[action].leastRole)
}

/**
 * Whether a person with `role` may take `action` as they are signed in (a guest or with an
 * account): what the pages offer them, so nobody is shown a button that would be refused.
 */
export function mayAs(
  actor: { kind: string },
  role: BoardRole | null,
  action: BoardAction,
): boolean {
  return may(role, action) && (permissions[action].guests || actor.kind !== 'guest')
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
