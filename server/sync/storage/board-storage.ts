// The storage seam of the sync core: where rooms read boards from and write their updates to.

/**
 * Where the rooms keep their boards. A room loads its board whole, appends each update its
 * own clients make, and leaves memory only after a flush. PostgreSQL (or PGlite) in the
 * server; an in-memory one drives the rooms in tests.
 */
export interface BoardStorage {
  /**
   * The stored updates of a board a room is opening (snapshot first), or null when no such
   * board exists. The storage may keep track of the board until `unload`.
   */
  load(boardId: string): Promise<Uint8Array[] | null>
  /** The stored updates of a board, read once for a caller that opens no room. */
  read(boardId: string): Promise<Uint8Array[] | null>
  /** Queues one update of one board; it is stored soon, in the storage's own batches. */
  append(boardId: string, update: Uint8Array): void
  /** Writes now, and resolves once every update appended before the call is stored. */
  flush(): Promise<void>
  /** Like `flush`, but leaves the storage to write in its own time. */
  afterWritten(): Promise<void>
  /** The board's room left memory (after a flush): background work on it may start. */
  unload(boardId: string): void
  /** Writes what is queued and finishes background work (shutdown). */
  close(): Promise<void>
  /**
   * Calls `listener` whenever appended updates stop being stored (the database is gone)
   * or start being stored again; a storage that cannot fail has nothing to tell.
   */
  watchSaving?(listener: (saving: boolean) => void): void
}
