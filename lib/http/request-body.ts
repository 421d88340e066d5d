// Request bodies read within a cap: a declared length over it is refused unread, a longer stream is cut off where it passes it.
import { refused, succeeded, type Result } from '../result'

/** How much each kind of route reads (README, "Security and limits"). */
export const bodyCaps = {
  /** A new board with a model in it (`POST /api/boards`): a model at the import limits fits, pretty-printed too. */
  boardWithModel: 32 * 1024 * 1024,
  /** Every other JSON route, and next-auth's sign-in forms: a few short fields. */
  form: 16 * 1024,
} as const

/** A size in words: `16 KiB`, `8 MiB`. */
export function sizeInWords(bytes: number): string {
  if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) === 0) return `${bytes / (1024 * 1024)} MiB`
  if (bytes >= 1024 && bytes % 1024 === 0) return `${bytes / 1024} KiB`
  return `${bytes} bytes`
}

/** The 413 refusal that names the limit. */
export function bodyTooLarge(maxBytes: number): Result<never> {
  return refused(413, `the request body is over this route's limit of ${sizeInWords(maxBytes)}`)
}

/**
 * The body of `request`, at most `maxBytes` of it. A `Content-Length` over the cap is
 * refused before anything is read; a body sent without one (chunked) is read chunk by
 * chunk and cancelled as soon as it passes the cap, so a 200 MB upload costs no more
 * memory than the cap.
 */
export async function readCappedBody(
  request: Request,
  maxBytes: number,
): Promise<Result<Uint8Array>> {
  const declared = Number(request.headers.get('content-length') ?? 0)
  if (declared > maxBytes) return bodyTooLarge(maxBytes)
  if (!request.body) return succeeded(new Uint8Array())
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > maxBytes) {
      await reader.cancel().catch(() => {})
      return bodyTooLarge(maxBytes)
    }
    chunks.push(value)
  }
  return succeeded(Buffer.concat(chunks))
}

/** The media type of a request (`application/json` of `application/json; charset=utf-8`), lower case. */
export function mediaTypeOf(request: Request): string {
  return (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase()
}

/** A 415 unless the request's body is of one of `mediaTypes`. */
export function requireMediaType(request: Request, mediaTypes: readonly string[]): Result<null> {
  if (mediaTypes.includes(mediaTypeOf(request))) return succeeded(null)
  return refused(415, `send the body as ${mediaTypes.join(' or ')} (Content-Type header)`)
}
