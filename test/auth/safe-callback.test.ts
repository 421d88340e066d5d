// Where sign-in sends people afterwards: only paths on this site, read as a browser reads them.
import { describe, expect, it } from 'vitest'
import { isMisleadingAddress, safeCallbackPath, sameSitePath } from '@/lib/auth/safe-callback'

const origin = 'http://localhost:3501'

describe('callbackUrl after signing in', () => {
  it.each([
    ['a tab between the slashes (the browser drops it)', '/\t/evil.example'],
    ['CR and LF between the slashes', '/\r\n/evil.example'],
    ['a backslash (the browser reads a slash)', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a NUL', '/b/x\u0000'],
    ['another control character at the start', '\u0001//evil.example'],
    ['a protocol-relative address', '//evil.example'],
    ['a space before a protocol-relative address', ' //evil.example'],
    ['a dot segment that leaves two slashes', '/.//evil.example'],
    ['dot-dot segments that leave two slashes', '/a/..//evil.example'],
    ['another site', 'https://evil.example/'],
    ['a javascript: address', 'javascript:alert(1)'],
    ['a relative path', 'evil.example'],
    ['a scheme-relative http: address', 'http:evil.example'],
  ])('go home for %s', (_what, value) => {
    expect(safeCallbackPath(value)).toBe('/')
    expect(sameSitePath(value, origin)).toBeNull()
  })

  it.each([
    ['/b/abc', '/b/abc'],
    ['/b/abc?view#top', '/b/abc?view#top'],
    ['/join/cbi_x%2Fy', '/join/cbi_x%2Fy'],
    ['/b/a b', '/b/a%20b'],
    ['/a/../b/c', '/b/c'],
  ])('keep %s as the path a browser opens: %s', (value, path) => {
    expect(safeCallbackPath(value)).toBe(path)
  })

  it('accept absolute addresses on this site only (next-auth sends the page address)', () => {
    expect(sameSitePath(`${origin}/b/abc?x=1`, origin)).toBe('/b/abc?x=1')
    expect(sameSitePath('http://localhost:3502/b/abc', origin)).toBeNull()
    expect(sameSitePath(`${origin}.evil.example/b/abc`, origin)).toBeNull()
    expect(sameSitePath(`${origin}@evil.example/b/abc`, origin)).toBeNull()
  })

  it('call control characters and backslashes misleading, whatever the rest', () => {
    expect(['/a\tb', '/a\nb', '\\\\host', '/a\u007f', '/a\u0085'].map(isMisleadingAddress)).toEqual(
      [true, true, true, true, true],
    )
    expect(['/b/abc', '/b/ä?x=%0A'].map(isMisleadingAddress)).toEqual([false, false])
  })

  it('ignore what is not a string', () => {
    expect([undefined, null, ['/b/abc'], 7].map((value) => safeCallbackPath(value))).toEqual([
      '/',
      '/',
      '/',
      '/',
    ])
  })
})
