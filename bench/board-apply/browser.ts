import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
import type { SignedInApp } from './board-api'
import { probeInitScript } from './page-probe'

/** The window every board opens in: the seeded grid lies inside its canvas. */
export const viewport = { width: 1280, height: 800 }

/** Debian's Chromium, as the Playwright tests use it (Playwright's own download is not here). */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  })
}

/**
 * A browser context signed in as the bench's user (the boards' owner) that has opened a
 * board once: the first visit fills the HTTP cache with the app's scripts, as any returning
 * participant has it.
 */
export async function joinedContext(
  browser: Browser,
  app: SignedInApp,
  boardUrl: string,
): Promise<{ context: BrowserContext; firstVisitMs: number }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  const [name, value] = app.session.split('=') as [string, string]
  await context.addCookies([{ name, value, url: app.baseUrl }])
  const page = await context.newPage()
  const startedAt = performance.now()
  await page.goto(boardUrl)
  await page.locator('.tl-canvas').waitFor({ state: 'visible', timeout: 60_000 })
  const firstVisitMs = performance.now() - startedAt
  await page.close()
  return { context, firstVisitMs }
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
