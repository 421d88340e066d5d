/**
 * WebSocket close codes of the sync endpoint, shared by server and client. 4400–4499
 * mirror HTTP 4xx: the stock y-websocket client does not retry them. 1011, 1012, 4503 and
 * 4509 mean "try again", and it does.
 */
export const closeCodes = {
  badRequest: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  unknownBoard: 4404,
  messageTooLarge: 4413,
  unprocessableUpdate: 4422,
  /** The client reads too slowly: too much waits to be sent to it. It reconnects. */
  tooFarBehind: 4509,
  serverError: 1011,
  serverRestart: 1012,
  unavailable: 4503,
} as const

export type CloseCode = (typeof closeCodes)[keyof typeof closeCodes]

/** Largest protocol message the server reads; a bigger frame is refused with 4413. */
export const maxMessageBytes = 4 * 1024 * 1024

/**
 * Most a connection may have waiting to be sent to it (besides one sync answer on its
 * way): past it, the connection is closed with 4509 rather than buffered without end.
 */
export const maxQueuedBytes = 8 * 1024 * 1024
