import { expect, test, type Page } from '@playwright/test'
import {
  addByKeyboard,
  addNote,
  asFacilitator,
  boardShown,
  closeBoardContexts,
  controllableNetwork,
  cubeTitled,
  drawCube,
  join,
  moreSessionControls,
  openAsFacilitator,
} from './board-helpers'

test.afterEach(closeBoardContexts)

const notes = (page: Page) =>
  page.locator('.tl-shape[data-shape-type="note"]').filter({ visible: true })

/** Keeps every WebSocket frame the page receives, as text, for searching. */
function recordFrames(page: Page): string[] {
  const received: string[] = []
  page.on('websocket', (socket) =>
    socket.on('framereceived', ({ payload }) =>
      received.push(typeof payload === 'string' ? payload : payload.toString('latin1')),
    ),
  )
  return received
}

test("a participant's private items reach nobody else's browser until the facilitator reveals them", async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000)
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Private brainstorm',
    template: 'blank-cube',
  })) as { id: string }
  const { path } = (await asFacilitator(baseURL!, `/api/boards/${id}/invites`, {
    role: 'editor',
  })) as { path: string }
  const fay = (await openAsFacilitator(browser, baseURL!, { id, url: '', viewUrl: '' })).page
  const fayFrames = recordFrames(fay)
  // Opened again with the recorder listening from the first frame.
  await fay.reload()
  await boardShown(fay)
  await drawCube(fay, { x: 500, y: 420 }, 'Mortgage Loan', 'Lending')
  await fay.keyboard.press('Escape')
  await fay.keyboard.press('Escape')

  let samFrames: string[] = []
  let patNetwork: Awaited<ReturnType<typeof controllableNetwork>> | null = null
  const pat = (
    await join(browser, `${baseURL}${path}`, 'Pat', {
      beforeVisit: async (page) => {
        patNetwork = await controllableNetwork(page)
      },
    })
  ).page
  const sam = (
    await join(browser, `${baseURL}${path}`, 'Sam', {
      beforeVisit: async (page) => {
        samFrames = recordFrames(page)
      },
    })
  ).page
  await expect(cubeTitled(pat, 'Mortgage Loan')).toHaveCount(1)

  await (
    await moreSessionControls(fay)
  )
    .getByRole('button', { name: 'Private mode', exact: true })
    .click()
  await expect(pat.getByRole('region', { name: 'Session' })).toContainText('Private mode')

  // Pat adds a note and an item on the cube, both private.
  await addNote(pat, [1000, 300], 'Faster valuations')
  const cube = cubeTitled(pat, 'Mortgage Loan')
  const box = (await cube.boundingBox())!
  await pat.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.75)
  await pat.keyboard.press('Enter')
  await addByKeyboard(pat, '+ service', 'Instant valuation')
  await pat.keyboard.press('Escape')
  await pat.keyboard.press('Escape')
  await expect(notes(pat)).toHaveCount(1)
  await expect(pat.getByText('Instant valuation')).toBeVisible()

  // Offline, Pat keeps working in private; back online, it reaches Pat's private room.
  await patNetwork!.goOffline()
  await expect(pat.getByRole('status').first()).not.toHaveText('Connected')
  await addNote(pat, [1000, 600], 'Offline thought')
  await expect(notes(pat)).toHaveCount(2)
  await patNetwork!.goOnline()
  await expect(pat.getByRole('status').first()).toHaveText('Connected', { timeout: 15_000 })

  const reveal = async () =>
    (await moreSessionControls(fay)).getByRole('button', { name: 'Reveal 3 private items' })
  await expect(await reveal()).toBeVisible({ timeout: 15_000 })
  await expect(notes(sam)).toHaveCount(0)
  await expect(sam.getByText('Instant valuation')).toHaveCount(0)
  for (const received of [samFrames, fayFrames]) {
    expect(received.length).toBeGreaterThan(0)
    for (const text of ['Faster valuations', 'Instant valuation', 'Offline thought']) {
      expect(received.some((frame) => frame.includes(text))).toBe(false)
    }
  }

  // Pat's private items come back with the page.
  await pat.reload()
  await boardShown(pat)
  await expect(notes(pat)).toHaveCount(2)
  await expect(notes(pat).filter({ hasText: 'Offline thought' })).toHaveCount(1)
  await expect(pat.getByText('Instant valuation')).toBeVisible()

  await pat.screenshot({ path: testInfo.outputPath('private-at-pat.png') })
  await sam.screenshot({ path: testInfo.outputPath('private-hidden-at-sam.png') })
  await fay.screenshot({ path: testInfo.outputPath('reveal-button-at-facilitator.png') })
  await (await reveal()).click()
  for (const page of [sam, pat, fay]) {
    await expect(notes(page)).toHaveCount(2)
    await expect(notes(page).filter({ hasText: 'Faster valuations' })).toHaveCount(1)
    await expect(notes(page).filter({ hasText: 'Offline thought' })).toHaveCount(1)
    await expect(page.getByText('Instant valuation')).toHaveCount(1)
  }
  await expect(
    (await moreSessionControls(fay)).getByRole('button', { name: /Reveal/ }),
  ).toHaveCount(0)
  await sam.screenshot({ path: testInfo.outputPath('revealed-at-sam.png') })
})
