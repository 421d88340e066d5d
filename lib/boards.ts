import crypto from 'node:crypto'
import { desc, eq } from 'drizzle-orm'
import { z } from 'zod'
import type { Database } from './db/client'
import { boardKinds, boards, boardUpdates, type BoardKind } from './db/schema'

export interface BoardSummary {
  id: string
  title: string
  kind: BoardKind
  createdAt: Date
  updatedAt: Date
}

/** What a person or script sends to create a board. */
export const newBoardSchema = z.object({
  title: z
    .string({ error: 'title is required' })
    .trim()
    .min(1, 'title must not be empty')
    .max(200, 'title must be at most 200 characters'),
  kind: z.enum(boardKinds).default('cube'),
})
export type NewBoard = z.infer<typeof newBoardSchema>

/** Board ids are unguessable, URL-safe and short enough to read out in a workshop. */
const boardIdPattern = /^[a-z0-9]{16}$/

export function isBoardId(value: string): boolean {
  return boardIdPattern.test(value)
}

function newBoardId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789'
  return Array.from({ length: 16 }, () => alphabet[crypto.randomInt(alphabet.length)]).join('')
}

/** Creates a board; `seed` is the first update of its doc (a template or an import), if any. */
export async function createBoard(
  db: Database,
  input: NewBoard,
  seed?: Uint8Array,
): Promise<BoardSummary> {
  return db.transaction(async (tx) => {
    const [board] = await tx
      .insert(boards)
      .values({ id: newBoardId(), title: input.title, kind: input.kind })
      .returning()
    if (!board) throw new Error('the database returned no row for the new board')
    if (seed) await tx.insert(boardUpdates).values({ boardId: board.id, update: seed })
    return board
  })
}

/** Boards, most recently edited first. */
export function listBoards(db: Database, limit = 200): Promise<BoardSummary[]> {
  return db.select().from(boards).orderBy(desc(boards.updatedAt)).limit(limit)
}

export async function findBoard(db: Database, boardId: string): Promise<BoardSummary | null> {
  if (!isBoardId(boardId)) return null
  const [board] = await db.select().from(boards).where(eq(boards.id, boardId))
  return board ?? null
}
