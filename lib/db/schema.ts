/**
 * The database tables (drizzle): boards, their update log and snapshots, members, invites,
 * versions, users.
 */
import { sql } from 'drizzle-orm'
import {
  bigint,
  boolean,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uniqueIndex,
} from 'drizzle-orm/pg-core'
import { boardKindIds, defaultBoardKind } from '../kinds'

/** Binary column: Yjs updates and snapshots. Both drivers hand back a Uint8Array (or Buffer). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => value,
})

export const boards = pgTable('boards', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  /** The board kind (lib/kinds): which shapes, tools and templates its board has. */
  kind: text('kind', { enum: boardKindIds }).notNull().default(defaultBoardKind),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  /** Archived boards leave the dashboard's main list and open read-only until restored. */
  archivedAt: timestamp('archived_at', { withTimezone: true }),
})

/** Append-only log of Yjs updates per board; compaction folds a prefix of it into a snapshot. */
export const boardUpdates = pgTable(
  'board_updates',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    update: bytea('update').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true })
      .notNull()
      .default(sql`now()`),
  },
  (table) => [index('board_updates_board_id_id_idx').on(table.boardId, table.id)],
)

/** The compacted state of a board: every log row with id <= lastUpdateId is folded in. */
export const boardSnapshots = pgTable('board_snapshots', {
  boardId: text('board_id')
    .primaryKey()
    .references(() => boards.id, { onDelete: 'cascade' }),
  state: bytea('state').notNull(),
  lastUpdateId: bigint('last_update_id', { mode: 'number' }).notNull(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
})

/**
 * What members add in private mode, per board and member, until a facilitator reveals it:
 * an update log like the board's, but only the member's own connections and the reveal
 * read it (never the model, versions, exports or page snapshots). Compaction folds a
 * member's rows into one when their private room leaves memory.
 */
export const privateUpdates = pgTable(
  'private_updates',
  {
    id: bigint('id', { mode: 'number' }).primaryKey().generatedAlwaysAsIdentity(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    memberId: text('member_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    update: bytea('update').notNull(),
  },
  (table) => [
    index('private_updates_board_member_id_idx').on(table.boardId, table.memberId, table.id),
  ],
)

/**
 * The shared model last derived from each board's doc (lib/model), so that a saved board
 * can be read and searched without opening its canvas.
 */
export const boardModels = pgTable('board_models', {
  boardId: text('board_id')
    .primaryKey()
    .references(() => boards.id, { onDelete: 'cascade' }),
  version: integer('version').notNull(),
  model: jsonb('model').notNull(),
  derivedAt: timestamp('derived_at', { withTimezone: true }).notNull().defaultNow(),
})

/**
 * Everyone who can be a board member: people with an account (email or an OpenID provider),
 * local name-only owners of the embedded default, and guests who joined from an invite
 * link with just a display name.
 */
export const userKinds = ['account', 'local', 'guest'] as const
export type UserKind = (typeof userKinds)[number]

export const users = pgTable(
  'users',
  {
    id: text('id').primaryKey(),
    name: text('name'),
    email: text('email'),
    emailVerified: timestamp('email_verified', { withTimezone: true }),
    image: text('image'),
    kind: text('kind', { enum: userKinds }).notNull().default('account'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    /**
     * Session cookies carry the version they were made under; signing out or being
     * removed from a board moves it on, and every cookie made before stops working.
     */
    sessionVersion: integer('session_version').notNull().default(0),
  },
  (table) => [uniqueIndex('users_email_idx').on(table.email)],
)

/** A user's link to an OpenID Connect / OAuth provider (next-auth's adapter shape). */
export const accounts = pgTable(
  'accounts',
  {
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    type: text('type').notNull(),
    provider: text('provider').notNull(),
    providerAccountId: text('provider_account_id').notNull(),
    refreshToken: text('refresh_token'),
    accessToken: text('access_token'),
    expiresAt: integer('expires_at'),
    tokenType: text('token_type'),
    scope: text('scope'),
    idToken: text('id_token'),
    sessionState: text('session_state'),
  },
  (table) => [primaryKey({ columns: [table.provider, table.providerAccountId] })],
)

/** Email magic links not yet used (next-auth keeps only their hash). */
export const verificationTokens = pgTable(
  'verification_tokens',
  {
    identifier: text('identifier').notNull(),
    token: text('token').notNull(),
    expires: timestamp('expires', { withTimezone: true }).notNull(),
  },
  (table) => [primaryKey({ columns: [table.identifier, table.token] })],
)

export const boardRoleNames = ['owner', 'facilitator', 'editor', 'viewer'] as const

/** Who may open a board, with which role, and what they last saw of it. */
export const boardMembers = pgTable(
  'board_members',
  {
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text('role', { enum: boardRoleNames }).notNull(),
    joinedAt: timestamp('joined_at', { withTimezone: true }).notNull().defaultNow(),
    /** When they last had the board open; null until their first visit. */
    lastVisitAt: timestamp('last_visit_at', { withTimezone: true }),
    /** The shared model as it stood when they last left the board ("what changed since"). */
    seenModel: jsonb('seen_model'),
  },
  (table) => [
    primaryKey({ columns: [table.boardId, table.userId] }),
    index('board_members_user_id_idx').on(table.userId),
  ],
)

/** Invite links: whoever holds one joins the board with its role, until revoked or expired. */
export const boardInvites = pgTable(
  'board_invites',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    role: text('role', { enum: boardRoleNames }).notNull(),
    /** SHA-256 of the secret in the link; the link itself is shown once and never stored. */
    secretHash: text('secret_hash').notNull(),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    uses: integer('uses').notNull().default(0),
  },
  (table) => [
    uniqueIndex('board_invites_secret_hash_idx').on(table.secretHash),
    index('board_invites_board_id_idx').on(table.boardId),
  ],
)

/** Personal API keys: `Authorization: Bearer <key>` acts with the user's rights. */
export const apiKeys = pgTable(
  'api_keys',
  {
    id: text('id').primaryKey(),
    userId: text('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    /** SHA-256 of the key; the key is shown once, when it is made. */
    secretHash: text('secret_hash').notNull(),
    /** The first characters of the key, so people can tell their keys apart. */
    prefix: text('prefix').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    lastUsedAt: timestamp('last_used_at', { withTimezone: true }),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
  },
  (table) => [
    uniqueIndex('api_keys_secret_hash_idx').on(table.secretHash),
    index('api_keys_user_id_idx').on(table.userId),
  ],
)

/** Named versions: the whole doc as it stood, saved by a facilitator or at a session's end. */
export const boardVersions = pgTable(
  'board_versions',
  {
    id: text('id').primaryKey(),
    boardId: text('board_id')
      .notNull()
      .references(() => boards.id, { onDelete: 'cascade' }),
    name: text('name').notNull(),
    state: bytea('state').notNull(),
    automatic: boolean('automatic').notNull().default(false),
    createdBy: text('created_by').references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (table) => [index('board_versions_board_id_idx').on(table.boardId, table.createdAt)],
)
