/**
 * Top-level message types of the y-websocket protocol. The payloads are encoded by
 * y-protocols (sync, awareness); these numbers are the only part the protocol leaves to us.
 */
export const messageTypes = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
  /** Ours: whether the server is storing the board's changes (see `saving-status.ts`). */
  savingStatus: 100,
  /** Ours: a dot placed or taken back in an anonymous vote, to the server (see `anonymous-vote.ts`). */
  anonymousDot: 101,
  /** Ours: the server's answer to one person: their ballot's pseudonym in an anonymous vote. */
  anonymousBallot: 102,
  /** Ours: a facilitator asks the server to reveal every private item (see `private-room.ts`). */
  revealPrivate: 103,
  /** Ours: the server's answer to that facilitator: how many items it revealed, or why not. */
  privateRevealed: 104,
} as const
