import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { chromium, type BrowserContext, type Page } from '@playwright/test'
import type { SignedInApp } from './board-api'
import { probeInitScript } from './page-probe'

/** The window every board opens in: the seeded grid lies inside its canvas. */
export const viewport = { width: 1280, height: 800 }

/** A returning participant's browser: one Chromium with its own profile on disk. */
export interface ParticipantBrowser {
  context: BrowserContext
  /** Chromium's product version, e.g. "Chrome/156.0.8078.108". */
  version: string
  /** The context's first board page, with a cold cache. */
  firstVisitMs: number
  close(): Promise<void>
}

/**
 * Debian's Chromium (Playwright's own download is not here) with a profile in a temporary
 * folder, signed in as the bench's user (the boards' owner), that has opened a board once.
 * A profile on disk is what a returning participant has: the HTTP cache holds the app's
 * scripts and V8's code cache their compiled code. Playwright's default contexts are
 * incognito, where Chromium keeps no code cache, so every open would compile the scripts
 * anew as no returning visitor does.
 */
export async function launchParticipant(
  app: SignedInApp,
  boardUrl: string,
): Promise<ParticipantBrowser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'cubeboard-board-apply-profile-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
    viewport,
    deviceScaleFactor: 1,
  })
  const [name, value] = app.session.split('=') as [string, string]
  // With an expiry, as next-auth sets it: a session cookie would go with the last page.
  const expires = Math.floor(Date.now() / 1000) + 24 * 3600
  await context.addCookies([{ name, value, url: app.baseUrl, expires }])
  const page = context.pages()[0] ?? (await context.newPage())
  const cdp = await context.newCDPSession(page)
  const { product } = (await cdp.send('Browser.getVersion')) as { product: string }
  await cdp.detach()
  const startedAt = performance.now()
  await page.goto(boardUrl)
  await page.locator('.tl-canvas').waitFor({ state: 'visible', timeout: 60_000 })
  const firstVisitMs = performance.now() - startedAt
  await page.close()
  return {
    context,
    version: product,
    firstVisitMs,
    close: async () => {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

/** A fresh page with the probe installed for its next navigation. */
export async function newProbedPage(
  context: BrowserContext,
  expectedShapes: number,
): Promise<Page> {
  const page = await context.newPage()
  await page.addInitScript({ content: probeInitScript(expectedShapes) })
  return page
}
