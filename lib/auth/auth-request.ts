// Requests to next-auth's endpoints, checked before next-auth reads them: a capped body, storable fields, a plain callbackUrl.
import 'server-only'
import { NextRequest } from 'next/server'
import { bodyCaps, mediaTypeOf, readCappedBody, requireMediaType } from '../http/request-body'
import { isStorableText } from '../model/model-check'
import { refused, succeeded, type Result } from '../result'
import { unstorableWords } from '../validation'
import { isMisleadingAddress, unsafeCallbackWords } from './safe-callback'

/** What next-auth's client posts (forms), and JSON, which next-auth also reads. */
const authBodyTypes = ['application/x-www-form-urlencoded', 'application/json']

/**
 * The request next-auth may handle, or why not: a POST body of a sign-in form, read up to
 * `bodyCaps.form` (413 past it, unauthenticated as it is); every field text the database can
 * keep; a `callbackUrl` (query or body) without control characters or backslashes. Where a
 * callbackUrl leads is then decided by the `redirect` callback: this site only.
 */
export async function checkedAuthRequest(request: NextRequest): Promise<Result<NextRequest>> {
  const fromQuery = checkedFields(Object.fromEntries(request.nextUrl.searchParams))
  if (!fromQuery.ok) return fromQuery
  if (request.method !== 'POST') return succeeded(request)
  const type = requireMediaType(request, authBodyTypes)
  if (!type.ok) return type
  const bytes = await readCappedBody(request, bodyCaps.form)
  if (!bytes.ok) return bytes
  let text: string
  let fields: unknown
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes.value)
    fields =
      mediaTypeOf(request) === 'application/json'
        ? JSON.parse(text)
        : Object.fromEntries(new URLSearchParams(text))
  } catch {
    return refused(400, `the body is not valid ${mediaTypeOf(request)} (UTF-8)`)
  }
  if (!fields || typeof fields !== 'object' || Array.isArray(fields)) {
    return refused(400, 'the body must hold the fields of a sign-in form')
  }
  const checked = checkedFields(fields as Record<string, unknown>)
  if (!checked.ok) return checked
  return succeeded(
    new NextRequest(request.url, { method: 'POST', headers: request.headers, body: text }),
  )
}

function checkedFields(fields: Record<string, unknown>): Result<null> {
  for (const [name, value] of Object.entries(fields)) {
    if (typeof value !== 'string') continue
    if (name === 'callbackUrl' && isMisleadingAddress(value)) {
      return refused(400, unsafeCallbackWords)
    }
    if (!isStorableText(value)) return refused(400, unstorableWords(name))
  }
  return succeeded(null)
}
