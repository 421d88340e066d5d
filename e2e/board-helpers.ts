import {
  expect,
  type Browser,
  type BrowserContext,
  type Locator,
  type Page,
  type WebSocketRoute,
} from '@playwright/test'
import type { BoardModel } from '@/lib/model'
import { signInOverHttp } from '../test/helpers/http-sign-in'

/** A board made for a test, with the invite links participants join from. */
export interface TestBoard {
  id: string
  /** The edit invite link. */
  url: string
  /** The view-only invite link. */
  viewUrl: string
}

/**
 * How long a fresh browser context may take to show the canvas: tldraw and its fonts load
 * from nothing, which takes 4–7 s when the machine is busy (over the 5 s default).
 */
const canvasLoadMs = 15_000

const sessions = new Map<string, Promise<string>>()

const openContexts = new Set<BrowserContext>()

/**
 * A browser context for one person at a board. Tests close them afterwards
 * (`test.afterEach(closeBoardContexts)`): the browser outlives each test, and boards left
 * open keep rendering and syncing, which slows every later test.
 */
export async function newBoardContext(
  browser: Browser,
  viewport = { width: 1280, height: 800 },
): Promise<BrowserContext> {
  const context = await browser.newContext({ viewport })
  openContexts.add(context)
  context.on('close', () => openContexts.delete(context))
  return context
}

export async function closeBoardContexts(): Promise<void> {
  await Promise.all([...openContexts].map((context) => context.close()))
}

/**
 * Signs in over HTTP with local name-only sign-in (this machine), as next-auth's form does,
 * and returns the session cookie for scripts.
 */
export function sessionCookie(baseURL: string, name = 'Facilitator'): Promise<string> {
  const key = `${baseURL} ${name}`
  if (!sessions.has(key)) sessions.set(key, signInOverHttp(baseURL, name))
  return sessions.get(key)!
}

/** Calls the HTTP API as the signed-in facilitator. */
export async function asFacilitator(baseURL: string, path: string, body?: unknown) {
  const response = await fetch(`${baseURL}${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { 'content-type': 'application/json', cookie: await sessionCookie(baseURL) },
    body: body === undefined ? undefined : JSON.stringify(body),
  })
  if (!response.ok) throw new Error(`${path} answered ${response.status}: ${await response.text()}`)
  return response.json()
}

/**
 * Creates a board through the HTTP API, as a facilitator's script would, with invite links;
 * with `model`, the board holds it from the start.
 */
export async function createBoard(
  baseURL: string,
  title: string,
  model?: BoardModel,
): Promise<TestBoard> {
  return boardWithInvites(baseURL, { title, model })
}

/** Creates a board from one of its kind's templates (by id), with invite links. */
export async function createBoardFromTemplate(
  baseURL: string,
  title: string,
  template: string,
): Promise<TestBoard> {
  return boardWithInvites(baseURL, { title, template })
}

async function boardWithInvites(baseURL: string, body: object): Promise<TestBoard> {
  const { id } = (await asFacilitator(baseURL, '/api/boards', body)) as { id: string }
  const invite = async (role: string) =>
    `${baseURL}${((await asFacilitator(baseURL, `/api/boards/${id}/invites`, { role })) as { path: string }).path}`
  return { id, url: await invite('editor'), viewUrl: await invite('viewer') }
}

/** Signs a page in by name on the sign-in page, as a facilitator at this machine would. */
export async function signIn(page: Page, name: string) {
  await page.goto('/signin')
  await page.getByLabel('Your name').fill(name)
  await page.getByRole('button', { name: 'Sign in', exact: true }).click()
  await expect(page.getByText(`Signed in as ${name}`)).toBeVisible()
}

/** Waits until the page shows the board's canvas, connected. */
export async function boardShown(page: Page) {
  await expect(page.locator('.tl-canvas')).toBeVisible({ timeout: canvasLoadMs })
  await expect(page.getByRole('status').first()).toHaveText('Connected')
  // The page's snapshot shows the board read-only until the doc is in.
  await expect(page.locator('.board-screen')).toHaveAttribute('data-synced', 'true')
}

/**
 * A participant in a browser of their own, joined from an invite link as a guest by name. `beforeVisit` runs on the
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
  const context = await newBoardContext(browser, options.viewport)
  const page = await context.newPage()
  await options.beforeVisit?.(page)
  await page.goto(url)
  await page.getByLabel('Your name').fill(name)
  await page.getByRole('button', { name: 'Join the board' }).click()
  await boardShown(page)
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

/** Draws a frame with the frame tool (F), dragging from one screen point to another. */
export async function drawFrame(page: Page, from: [number, number], to: [number, number]) {
  await page.keyboard.press('f')
  await page.mouse.move(...from)
  await page.mouse.down()
  await page.mouse.move(...to, { steps: 6 })
  await page.mouse.up()
  await page.keyboard.press('Escape')
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

/** The facilitator who made a test board, in a browser of their own, on that board. */
export async function openAsFacilitator(browser: Browser, baseURL: string, board: TestBoard) {
  const context = await newBoardContext(browser)
  const [name, value] = (await sessionCookie(baseURL)).split('=') as [string, string]
  await context.addCookies([{ name, value, url: baseURL }])
  const page = await context.newPage()
  await page.goto(`${baseURL}/b/${board.id}`)
  await boardShown(page)
  return { context, page }
}

/**
 * Scrolls the canvas with the mouse wheel at `at` until `shape` is out of sight, and waits
 * for the camera to stop: tldraw takes wheel events in over the next frames, and one taken in
 * late stops a camera animation a test starts next (a zoom to a shape, cut short part way).
 */
export async function scrollAway(page: Page, shape: Locator, at: { x: number; y: number }) {
  await page.mouse.move(at.x, at.y)
  await page.mouse.wheel(0, 3000)
  await expect(shape).not.toBeInViewport()
  const camera = () =>
    page
      .locator('.tl-html-layer.tl-shapes')
      .evaluate((layer) => (layer as HTMLElement).style.transform)
  let last = await camera()
  await expect
    .poll(
      async () => {
        const now = await camera()
        const settled = now === last
        last = now
        return settled
      },
      { intervals: [150] },
    )
    .toBe(true)
}

/** How far (px) a shape's centre is from the canvas's: zooming to a shape centres it. */
export async function distanceFromCanvasCentre(page: Page, shape: Locator): Promise<number> {
  const box = await shape.boundingBox()
  const canvas = await page.locator('.tl-canvas').boundingBox()
  if (!box || !canvas) return Infinity
  return Math.hypot(
    box.x + box.width / 2 - (canvas.x + canvas.width / 2),
    box.y + box.height / 2 - (canvas.y + canvas.height / 2),
  )
}

/**
 * The session bar's "More" menu (follow, private mode, spotlight, locks), opened: it closes
 * when the facilitator clicks anywhere else, as a menu does.
 */
export async function moreSessionControls(page: Page): Promise<Locator> {
  const menu = page.getByRole('group', { name: 'More session controls' })
  if (!(await menu.isVisible())) {
    await page
      .getByRole('region', { name: 'Session' })
      .getByRole('button', { name: 'More' })
      .click()
  }
  await expect(menu).toBeVisible()
  return menu
}

/**
 * Cuts a page's sync connection for real: open sockets are closed and new ones refused
 * until the network is back (the browser's offline mode alone may leave a socket open).
 */
export async function controllableNetwork(page: Page) {
  let down = false
  const open = new Set<WebSocketRoute>()
  await page.routeWebSocket(/\/sync\//, (socket) => {
    if (down) return void socket.close()
    const server = socket.connectToServer()
    open.add(socket)
    socket.onClose(() => {
      open.delete(socket)
      void server.close()
    })
  })
  return {
    async goOffline() {
      down = true
      await page.context().setOffline(true)
      for (const socket of open) await socket.close()
    },
    async goOnline() {
      down = false
      await page.context().setOffline(false)
    },
  }
}

/** Adds a sticky note with the note tool (N) at a screen point, and leaves it. */
export async function addNote(page: Page, at: [number, number], text: string) {
  await page.keyboard.press('n')
  await page.mouse.click(...at)
  await page.keyboard.type(text)
  await page.keyboard.press('Escape')
  await page.keyboard.press('Escape')
}
