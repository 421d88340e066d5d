// Large bytea values (a big board's first update or snapshot) moved in slices, so no statement holds the event loop.
import { eq, sql } from 'drizzle-orm'
import type { Database } from './client'
import { boardUpdates } from './schema'

/**
 * The most bytes of a bytea value one statement reads or writes. Both drivers move bytea as
 * hex text and encode or decode a value whole on the event loop: the 16 MB first update of a
 * 5,000-cube board held it for 0.2 s written and 0.4 s read in one statement.
 */
export const byteaSliceBytes = 1024 * 1024

/** Appends `update` to a board's log as one row, written a slice per statement. */
export async function appendUpdateInSlices(
  db: Pick<Database, 'insert' | 'update'>,
  boardId: string,
  update: Uint8Array,
): Promise<void> {
  const [row] = await db
    .insert(boardUpdates)
    .values({ boardId, update: update.subarray(0, byteaSliceBytes) })
    .returning({ id: boardUpdates.id })
  for (let at = byteaSliceBytes; at < update.length; at += byteaSliceBytes) {
    const length = Math.min(byteaSliceBytes, update.length - at)
    const slice = Buffer.from(update.buffer, update.byteOffset + at, length)
    await db
      .update(boardUpdates)
      .set({ update: sql`${boardUpdates.update} || ${slice}::bytea` })
      .where(eq(boardUpdates.id, row!.id))
  }
}
