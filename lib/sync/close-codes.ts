/**
 * WebSocket close codes of the sync endpoint, shared by server and client. 4400–4499
 * mirror HTTP 4xx: the stock y-websocket client does not retry them. 1011, 1012 and
 * 4503 mean "try again", and it does.
 */
export const closeCodes = {
  badRequest: 4400,
  unauthorized: 4401,
  forbidden: 4403,
  unknownBoard: 4404,
  messageTooLarge: 4413,
  unprocessableUpdate: 4422,
  serverError: 1011,
  serverRestart: 1012,
  unavailable: 4503,
} as const

export type CloseCode = (typeof closeCodes)[keyof typeof closeCodes]

/** Largest protocol message the server reads; a bigger frame is refused with 4413. */
export const maxMessageBytes = 4 * 1024 * 1024
