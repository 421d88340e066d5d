import { chromium, type Browser, type BrowserContext, type Page } from '@playwright/test'
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
 * A browser context whose user has joined a board once: the display name lives in this
 * context's localStorage, so later board pages skip the name form. The first visit also
 * fills the HTTP cache with the app's scripts, as any returning participant has it.
 */
export async function joinedContext(
  browser: Browser,
  boardUrl: string,
): Promise<{ context: BrowserContext; firstVisitMs: number }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1 })
  const page = await context.newPage()
  const startedAt = performance.now()
  await page.goto(boardUrl)
  await page.getByLabel('Your name').fill('Board apply bench')
  await page.getByRole('button', { name: 'Join the board' }).click()
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
