/**
 * Marks the facilitation writes in a record's `meta`, read by the model and the rules alike:
 * `cbLock` (a facilitator locked it), `cbPrivate` (whose private item it is, until revealed)
 * and `cbVotes` (the dots finished votes gave it: question → dots).
 */
export const lockMetaKey = 'cbLock'
export const privateMetaKey = 'cbPrivate'
export const votesMetaKey = 'cbVotes'
