import { expect, type Browser, type Page } from '@playwright/test'

/** Creates a board through the HTTP API, as a facilitator's script would. */
export async function createBoard(baseURL: string, title: string): Promise<string> {
  const response = await fetch(`${baseURL}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title }),
  })
  return ((await response.json()) as { id: string }).id
}

/**
 * A participant in a browser of their own, joined under a name. `beforeVisit` runs on the
 * new page before it loads the board (to route or watch its traffic).
 */
export async function join(
  browser: Browser,
  url: string,
  name: string,
  options: {
    viewport?: { width: number; height: number }
    beforeVisit?(page: Page): Promise<void>
  } = {},
) {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
  })
  const page = await context.newPage()
  await options.beforeVisit?.(page)
  await page.goto(url)
  await page.getByLabel('Your name').fill(name)
  await page.getByRole('button', { name: 'Join the board' }).click()
  await expect(page.locator('.tl-canvas')).toBeVisible()
  await expect(page.getByRole('status').first()).toHaveText('Connected')
  return { context, page }
}

export const focused = (page: Page) => page.locator(':focus')

/** Presses Tab (or Shift+Tab) until the focused element reads `text`, as a keyboard user would. */
export async function tabTo(page: Page, text: string, key: 'Tab' | 'Shift+Tab' = 'Tab') {
  for (let presses = 0; presses < 20; presses++) {
    const current = await page.evaluate(() => document.activeElement?.textContent ?? null)
    if (current === text) return
    await page.keyboard.press(key)
  }
  await expect(focused(page)).toHaveText(text)
}

/** Draws a cube with the cube tool and names it, by keyboard as a participant would. */
export async function drawCube(
  page: Page,
  at: { x: number; y: number },
  title: string,
  department: string,
) {
  await page.getByTestId('tools.cube').click()
  await page.mouse.click(at.x, at.y)
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Offering')).toBeFocused()
  await page.keyboard.type(title)
  await page.keyboard.press('Tab')
  await page.keyboard.type(department)
}

/** Adds an item to a list of the shape being edited: Tab to its "+ add", type, Enter. */
export async function addByKeyboard(page: Page, addButton: string, text: string) {
  await tabTo(page, addButton)
  await page.keyboard.press('Enter')
  await page.keyboard.type(text)
  await page.keyboard.press('Enter')
}

/** The cube whose title is exactly `title` (other cubes may mention it in their links). */
export function cubeTitled(page: Page, title: string) {
  const exact = new RegExp(`^${title.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`)
  return page.locator('.cube').filter({ has: page.locator('span.cube-title', { hasText: exact }) })
}
