// The one answer every use case gives: its value, or a refusal with the HTTP status that says why.

/** Why a use case did not do what was asked, with the status an HTTP answer uses for it. */
export interface Refusal {
  ok: false
  status: 400 | 401 | 403 | 404 | 413 | 415 | 503
  /** What failed and why, and what to do about it, in a sentence without a capital. */
  error: string
  /** Each problem of a refused document (an imported model), where it is and the rule it breaks. */
  problems?: readonly RefusedProblem[]
}

/** One problem of a refused document: its JSON path (`$.items[3].cubeId`), rule and words. */
export interface RefusedProblem {
  path: string
  rule: string
  message: string
}

/** What a use case gives back: routes, server actions and pages map it to their own answers. */
export type Result<T> = { ok: true; value: T } | Refusal

/** A use case's value. */
export function succeeded<T>(value: T): Result<T> {
  return { ok: true, value }
}

/** A refusal: `status` as HTTP would answer, `error` in words a person can act on. */
export function refused(
  status: Refusal['status'],
  error: string,
  problems?: readonly RefusedProblem[],
): Refusal {
  return problems ? { ok: false, status, error, problems } : { ok: false, status, error }
}
