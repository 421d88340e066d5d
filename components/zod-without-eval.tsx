'use client'
// Tells the browser's zod not to compile parsers with `new Function`: the app's
// Content-Security-Policy allows no eval, and zod's probe for it is reported as a violation.

import { z } from 'zod'

// Runs as the root layout's client code loads, before any page parses with zod.
z.config({ jitless: true })

/** Rendered once by the root layout, so this module is in every page's client code. */
export function ZodWithoutEval() {
  return null
}
