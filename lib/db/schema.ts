import { sql } from 'drizzle-orm'
import {
  bigint,
  customType,
  index,
  integer,
  jsonb,
  pgTable,
  text,
  timestamp,
} from 'drizzle-orm/pg-core'

/** Binary column: Yjs updates and snapshots. Both drivers hand back a Uint8Array (or Buffer). */
const bytea = customType<{ data: Uint8Array; driverData: Uint8Array }>({
  dataType: () => 'bytea',
  toDriver: (value) => Buffer.from(value.buffer, value.byteOffset, value.byteLength),
  fromDriver: (value) => value,
})

/** The kinds of board a workshop starts from (see shared/DOMAIN.md). */
export const boardKinds = ['cube', 'value-zone'] as const
export type BoardKind = (typeof boardKinds)[number]

export const boards = pgTable('boards', {
  id: text('id').primaryKey(),
  title: text('title').notNull(),
  kind: text('kind', { enum: boardKinds }).notNull().default('cube'),
  createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
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
