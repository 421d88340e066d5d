import { expect, test, type Browser, type Page } from '@playwright/test'
import {
  closeBoardContexts,
  controllableNetwork,
  createBoard,
  join as joinBoard,
} from './board-helpers'

test.afterEach(closeBoardContexts)

/** A participant whose sync connection the test controls; records any outside request. */
async function join(browser: Browser, url: string, name: string) {
  const outside: string[] = []
  let network: Awaited<ReturnType<typeof controllableNetwork>> | null = null
  const joined = await joinBoard(browser, url, name, {
    viewport: { width: 1100, height: 700 },
    beforeVisit: async (page) => {
      network = await controllableNetwork(page)
      page.on('request', (request) => {
        if (
          !/^(https?|wss?):\/\/localhost[:/]/.test(request.url()) &&
          !/^(data|blob):/.test(request.url())
        ) {
          outside.push(request.url())
        }
      })
    },
  })
  return { ...joined, outside, network: network! }
}

async function drawRectangle(page: Page, from: [number, number], to: [number, number]) {
  await page.keyboard.press('r')
  await page.mouse.move(...from)
  await page.mouse.down()
  await page.mouse.move(...to, { steps: 6 })
  await page.mouse.up()
  await page.keyboard.press('Escape')
}

const shapes = (page: Page) => page.locator('.tl-shape')

test('two participants draw together, see each other, and keep everything across reload and offline', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL!, 'Workshop board')
  const a = await join(browser, board.url, 'Ada')
  const b = await join(browser, board.url, 'Bo')

  await drawRectangle(a.page, [300, 250], [450, 380])
  await expect(shapes(b.page)).toHaveCount(1)

  // A's cursor carries A's name on B's screen.
  await a.page.mouse.move(600, 300, { steps: 4 })
  await expect(b.page.locator('.tl-collaborator__cursor')).toContainText('Ada')

  await b.page.reload()
  await expect(shapes(b.page)).toHaveCount(1)

  // A loses the network, keeps working, and comes back.
  await a.network.goOffline()
  await expect(a.page.getByRole('status').first()).not.toHaveText('Connected')
  await drawRectangle(a.page, [600, 250], [700, 350])
  await expect(shapes(a.page)).toHaveCount(2)
  await b.page.waitForTimeout(500)
  await expect(shapes(b.page)).toHaveCount(1)
  await a.network.goOnline()
  await expect(a.page.getByRole('status').first()).toHaveText('Connected', { timeout: 15_000 })
  await expect(shapes(b.page)).toHaveCount(2)

  expect([...a.outside, ...b.outside]).toEqual([])
})

test('a participant follows another one: the follower’s view moves with the leader’s', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL!, 'Follow me')
  const ada = await join(browser, board.url, 'Ada')
  const bo = await join(browser, board.url, 'Bo')
  await drawRectangle(ada.page, [300, 250], [450, 380])
  await expect(shapes(bo.page)).toHaveCount(1)

  await bo.page.getByTitle('People').click()
  const adaInMenu = bo.page.locator('.tlui-people-menu__item', { hasText: 'Ada' })
  await adaInMenu.locator('.tlui-people-menu__item__follow').click()
  await expect(adaInMenu).toHaveAttribute('data-follow', 'true')
  await bo.page.keyboard.press('Escape')

  // Ada scrolls the board; Bo's view goes with her: the rectangle lands where it is on hers.
  const before = await shapes(bo.page).first().boundingBox()
  await ada.page.mouse.move(600, 400)
  await ada.page.mouse.wheel(200, 150)
  const onAdas = await shapes(ada.page).first().boundingBox()
  expect(onAdas!.x).toBeLessThan(before!.x - 100)
  await expect
    .poll(async () => {
      const onBos = await shapes(bo.page).first().boundingBox()
      return Math.hypot(onBos!.x - onAdas!.x, onBos!.y - onAdas!.y)
    })
    .toBeLessThan(40)
})

test('a viewer sees the board but cannot change it', async ({ browser, baseURL }) => {
  const board = await createBoard(baseURL!, 'Read only')
  const editor = await join(browser, board.url, 'Ada')
  await drawRectangle(editor.page, [300, 250], [450, 380])
  const viewer = await join(browser, board.viewUrl, 'Vi')
  await expect(viewer.page.getByText('View only')).toBeVisible()
  await expect(shapes(viewer.page)).toHaveCount(1)

  await drawRectangle(viewer.page, [500, 400], [600, 500])
  await viewer.page.keyboard.press('Control+a')
  await viewer.page.keyboard.press('Delete')
  await expect(shapes(viewer.page)).toHaveCount(1)
  await editor.page.waitForTimeout(500)
  await expect(shapes(editor.page)).toHaveCount(1)
})

test('a board shows at once from its page, read-only until the live doc is in', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL!, 'Shown at once')
  const ada = await join(browser, board.url, 'Ada')
  await drawRectangle(ada.page, [300, 250], [450, 380])
  await drawRectangle(ada.page, [550, 250], [700, 380])
  const bo = await join(browser, board.url, 'Bo')
  await expect(shapes(bo.page)).toHaveCount(2)

  // Bo comes back while the sync server does not answer: the page itself brings the board.
  let syncAnswers = false
  await bo.page.routeWebSocket(/\/sync\//, (socket) => {
    if (syncAnswers) socket.connectToServer()
  })
  await bo.page.reload()
  await expect(shapes(bo.page)).toHaveCount(2)
  await expect(bo.page.locator('.board-screen')).toHaveAttribute('data-synced', 'false')
  await expect(bo.page.getByRole('status').first()).toHaveText(
    'Connected · loading the live board…',
  )
  await expect(bo.page.getByRole('button', { name: 'Link services' })).toBeDisabled()
  await bo.page.locator('.tl-canvas').click({ position: { x: 900, y: 600 } })
  await bo.page.keyboard.press('Control+a')
  await bo.page.keyboard.press('Delete')
  await bo.page.waitForTimeout(300)
  await expect(shapes(bo.page)).toHaveCount(2)

  // Once the sync answers, Bo edits as before. His doc started from the page, so the sync
  // brought only what changed since (nothing): no frame near the size of the whole doc,
  // whose tldraw schema alone is a few kilobytes.
  syncAnswers = true
  const frameBytes: number[] = []
  bo.page.on('websocket', (socket) => {
    // The board's room; his private room beside it starts empty and syncs whole.
    if (new URL(socket.url()).pathname !== `/sync/${board.id}`) return
    socket.on('framereceived', ({ payload }) => frameBytes.push(payload.length))
  })
  await bo.page.reload()
  await expect(bo.page.locator('.board-screen')).toHaveAttribute('data-synced', 'true')
  expect(frameBytes.length).toBeGreaterThan(0)
  expect(Math.max(...frameBytes)).toBeLessThan(1000)
  await bo.page.locator('.tl-canvas').click({ position: { x: 900, y: 600 } })
  await bo.page.keyboard.press('Control+a')
  await bo.page.keyboard.press('Delete')
  await expect(shapes(ada.page)).toHaveCount(0)
})
