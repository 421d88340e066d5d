// The canvas shows what the model says: nothing drawn on top of something else, nothing hidden.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { TemplateModel } from '@/lib/templates/model-builder'
import {
  asFacilitator,
  closeBoardContexts,
  createBoard,
  cubeTitled,
  drawFrame,
  join,
  moreSessionControls,
  openAsFacilitator,
} from './board-helpers'

test.afterEach(closeBoardContexts)

interface Box {
  x: number
  y: number
  width: number
  height: number
}

/** Each link as drawn: its line in page units, and the screen box of its words. */
async function drawnLinks(page: Page) {
  return page.locator('.service-link').evaluateAll((groups) =>
    groups.map((group) => {
      const line = group.querySelector('line')!
      const words = [...group.querySelectorAll('text')].map((text) => text.getBoundingClientRect())
      const left = Math.min(...words.map((box) => box.left))
      const top = Math.min(...words.map((box) => box.top))
      return {
        title: group.querySelector('text')!.textContent!,
        start: { x: line.x1.baseVal.value, y: line.y1.baseVal.value },
        end: { x: line.x2.baseVal.value, y: line.y2.baseVal.value },
        words: {
          x: left,
          y: top,
          width: Math.max(...words.map((box) => box.right)) - left,
          height: Math.max(...words.map((box) => box.bottom)) - top,
        },
      }
    }),
  )
}

type DrawnLink = Awaited<ReturnType<typeof drawnLinks>>[number]

/** How far apart two parallel lines run (page units). */
function apart(p: DrawnLink, q: DrawnLink): number {
  const dx = p.end.x - p.start.x
  const dy = p.end.y - p.start.y
  return Math.abs((q.start.x - p.start.x) * dy - (q.start.y - p.start.y) * dx) / Math.hypot(dx, dy)
}

function intersects(a: Box, b: Box): boolean {
  return a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height
}

/** The z-index tldraw (or our stylesheet) gives a shape's container. */
function stackLevel(shape: Locator): Promise<number> {
  return shape.evaluate((element) => Number(getComputedStyle(element).zIndex))
}

/** Two cubes of two departments serving each other: two links one way, one the other way. */
function servingEachOther() {
  return new TemplateModel()
    .cube('mortgage-loan', 'Mortgage Loan', 'Loan Management', {
      services: [
        ['Loan Application', ''],
        ['Loan Administration', ''],
      ],
      processes: [['Loan Application', ['Credit Application', 'Disburse the loan']]],
    })
    .cube('credit-risk', 'Credit Risk', 'Risk Department', {
      services: [['Credit Application', '']],
      processes: [['Credit Granting', ['Loan check', 'Loan follow-up']]],
    })
    .link('mortgage-loan', 'Loan Application', 'credit-risk', 'Loan check')
    .link('mortgage-loan', 'Loan Administration', 'credit-risk', 'Loan follow-up')
    .link('credit-risk', 'Credit Application', 'mortgage-loan', 'Credit Application')
    .build()
}

test('links both ways between two cubes lie side by side, their words apart', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Both ways', servingEachOther())
  const { page } = await join(browser, board.url, 'Ada')
  await expect(page.locator('.service-link')).toHaveCount(3)
  const links = await drawnLinks(page)
  await page.screenshot({ path: testInfo.outputPath('links-both-ways.png') })
  for (const [i, j] of [
    [0, 1],
    [0, 2],
    [1, 2],
  ] as const) {
    const [p, q] = [links[i]!, links[j]!]
    expect(apart(p, q), `${p.title} and ${q.title} lie apart`).toBeGreaterThan(40)
    expect(intersects(p.words, q.words), `${p.title} and ${q.title} words apart`).toBe(false)
  }
})

test('links draw above a frame around their cubes, and reach cubes outside it', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Framed', servingEachOther())
  const { page } = await openAsFacilitator(browser, baseURL!, board)
  const link = page.locator('.service-link').first()
  await expect(page.locator('.service-link')).toHaveCount(3)
  const before = await drawnLinks(page)

  // A frame around the upper cube only: the links leave the frame for the cube below it.
  const upper = (await cubeTitled(page, 'Mortgage Loan').boundingBox())!
  await drawFrame(
    page,
    [upper.x - 20, upper.y - 20],
    [upper.x + upper.width + 20, upper.y + upper.height + 20],
  )
  const frames = page.locator('.tl-shape[data-shape-type="frame"]')
  await expect(frames).toHaveCount(1)
  // The frame took in its cube (so the cube is the frame's), and not the links.
  expect(await drawnLinks(page)).toEqual(before)
  const linkShapes = page.locator('.tl-shape[data-shape-type="service-link"]')
  for (const shape of await linkShapes.all()) {
    expect(await stackLevel(shape)).toBeGreaterThan(await stackLevel(frames.first()))
    expect(await shape.evaluate((element) => getComputedStyle(element).clipPath)).toBe('none')
  }
  await expect(link).toBeVisible()

  // A second frame drawn later, around both cubes: still above, still whole.
  const lower = (await cubeTitled(page, 'Credit Risk').boundingBox())!
  const canvas = (await page.locator('.tl-canvas').boundingBox())!
  await drawFrame(
    page,
    [Math.min(upper.x, lower.x) - 60, Math.max(canvas.y + 4, upper.y - 60)],
    [Math.max(upper.x + upper.width, lower.x + lower.width) + 60, lower.y + lower.height + 40],
  )
  await expect(frames).toHaveCount(2)
  expect(await drawnLinks(page)).toEqual(before)
  for (const shape of await linkShapes.all()) {
    for (const frame of await frames.all())
      expect(await stackLevel(shape)).toBeGreaterThan(await stackLevel(frame))
  }
  await page.screenshot({ path: testInfo.outputPath('links-over-frames.png') })

  // An agenda step on a frame brings everyone there: the links are still drawn.
  await page
    .getByRole('region', { name: 'Session' })
    .getByRole('button', { name: 'Agenda', exact: true })
    .click()
  const agenda = page.getByRole('complementary', { name: 'Agenda' })
  await agenda.getByRole('button', { name: 'Add a step' }).click()
  await agenda.getByLabel('Step 1 frame').selectOption({ index: 1 })
  await agenda.getByRole('button', { name: 'Start “1 New step”' }).click()
  await expect(page.locator('.service-link')).toHaveCount(3)
  for (const each of await page.locator('.service-link').all()) await expect(each).toBeVisible()
  expect((await drawnLinks(page)).map((drawn) => [drawn.start, drawn.end])).toEqual(
    before.map((drawn) => [drawn.start, drawn.end]),
  )
})

/**
 * The parts of `container` (CSS selector `parts`) that are not wholly inside it, by their
 * text: what would be cut off. The container is each element matching `containers`.
 */
async function cutOff(page: Page, containers: string, parts: string): Promise<string[]> {
  return page.locator(containers).evaluateAll(
    (elements, selector) =>
      elements.flatMap((container) => {
        const outer = container.getBoundingClientRect()
        return [...container.querySelectorAll(selector)]
          .filter((part) => {
            const box = part.getBoundingClientRect()
            return (
              box.top < outer.top - 1 ||
              box.left < outer.left - 1 ||
              box.bottom > outer.bottom + 1 ||
              box.right > outer.right + 1
            )
          })
          .map((part) => (part.textContent ?? '').slice(0, 60))
      }),
    parts,
  )
}

test('a cube grows with its items: a 5,000-character item and a dozen items per face all show', async ({
  browser,
  baseURL,
}, testInfo) => {
  const long = Array.from({ length: 700 }, (_, i) => `word${i}`)
    .join(' ')
    .slice(0, 5000)
  const model = new TemplateModel()
    .cube('payments', 'Payments', 'Payment Department', {
      services: [
        ['Loan disbursement', 'Paid out the same business day'],
        ...Array.from({ length: 12 }, (_, i): [string, string] => [`Service ${i + 1}`, '']),
      ],
      channels: Array.from({ length: 11 }, (_, i) => `Channel ${i + 1}`),
    })
    .build()
  // Written after the builder, which makes item ids from their text.
  model.items.find((item) => item.text === 'Loan disbursement')!.text = long
  const board = await createBoard(baseURL!, 'Long content', model)

  // A viewer, first at the board, cannot make the cube taller: "+N more" opens the rest.
  const viewer = (await join(browser, board.viewUrl, 'Vic')).page
  const more = cubeTitled(viewer, 'Payments').getByRole('button', { name: /^\+\d+ more$/ })
  await expect(more).toBeVisible()
  await more.click()
  await expect(
    cubeTitled(viewer, 'Payments').getByRole('button', { name: 'Show less' }),
  ).toHaveAttribute('aria-expanded', 'true')
  await viewer.screenshot({ path: testInfo.outputPath('viewer-opened-the-rest.png') })

  const { page } = await join(browser, board.url, 'Ada')
  const cube = cubeTitled(page, 'Payments')
  await expect(cube.locator('.cube-item')).toHaveCount(24)
  // Every item lies on its face, and the face's heading above the first one.
  await expect.poll(() => cutOff(page, '.cube-face', '.cube-item, .cube-face-name')).toEqual([])
  // (Measured along the face, which is slanted on the canvas.)
  const below = await cube.locator('.cube-face').evaluateAll((faces) =>
    faces.map((face) => {
      const heading = face.querySelector<HTMLElement>('.cube-face-name')!
      const first = face.querySelector<HTMLElement>('.cube-item')!
      return { heading: heading.offsetTop + heading.offsetHeight, first: first.offsetTop }
    }),
  )
  for (const face of below) expect(face.first).toBeGreaterThanOrEqual(face.heading)
  // The long item shows its first lines, ends in an ellipsis, and says all of itself.
  const longItem = cube.locator('.cube-item-text').first()
  await expect(longItem).toHaveAccessibleName(new RegExp(`${long.slice(-40)}`))
  const lines = await longItem
    .locator('span')
    .first()
    .evaluate((text) => ({
      // A line is its line-height, or about 1.2 font sizes where that is "normal".
      shown:
        text.clientHeight /
        (Number.parseFloat(getComputedStyle(text).lineHeight) ||
          Number.parseFloat(getComputedStyle(text).fontSize) * 1.2),
      clamped: text.scrollHeight > text.clientHeight,
    }))
  expect(lines.shown).toBeLessThan(6.5)
  expect(lines.clamped).toBe(true)
  await page.keyboard.press('Shift+1')
  await page.screenshot({ path: testInfo.outputPath('long-content-cube.png') })

  // Another participant sees the grown cube as it is, nothing cut off.
  const bo = await join(browser, board.url, 'Bo')
  await expect(cubeTitled(bo.page, 'Payments').locator('.cube-item')).toHaveCount(24)
  expect(await cutOff(bo.page, '.cube-face', '.cube-item')).toEqual([])
  // The viewer sees the grown cube too, with nothing left to open.
  await expect(cubeTitled(viewer, 'Payments').locator('.more-below')).toHaveCount(0)
})

test('the Persona value zone template shows every need, offering and link in full', async ({
  browser,
  baseURL,
}, testInfo) => {
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Value zone',
    template: 'persona-value-zone',
  })) as { id: string }
  const { page } = await openAsFacilitator(browser, baseURL!, { id, url: '', viewUrl: '' })
  const cards = '.persona-card, .organisation-card, .value-zone'
  await expect(page.locator('.persona-card')).toHaveCount(2)
  await expect(page.locator('.persona-card .record-row')).toHaveCount(11)
  await expect.poll(() => cutOff(page, cards, 'li, p, h3, header')).toEqual([])
  // …and no card lies over another.
  const boxes = await page.locator(cards).evaluateAll((elements) =>
    elements.map((element) => {
      const box = element.getBoundingClientRect()
      return { x: box.x, y: box.y, width: box.width, height: box.height }
    }),
  )
  boxes.forEach((box, i) =>
    boxes.slice(i + 1).forEach((other) => expect(intersects(box, other)).toBe(false)),
  )
  await page.screenshot({ path: testInfo.outputPath('value-zone.png') })
  const persona = page.locator('.tl-shape[data-shape-type="persona"]').first()
  await persona.screenshot({ path: testInfo.outputPath('persona-card.png') })

  // The zone's link lists: "Need" offers needs, "Fulfilled by" products and services; the
  // rest is listed disabled, each with the reason.
  const zone = page.locator('.value-zone')
  const zoneBox = (await zone.boundingBox())!
  await page.mouse.click(zoneBox.x + zoneBox.width / 2, zoneBox.y + 12)
  await page.keyboard.press('Enter')
  const need = zone.getByRole('combobox', { name: 'Need', exact: true })
  await expect(need).toBeFocused()
  const options = async (list: Locator, disabled: boolean) =>
    (
      await list.locator(disabled ? 'option[disabled]' : 'option:not([disabled])').allTextContents()
    ).filter((text) => text !== 'Choose…')
  const needs = await options(need, false)
  expect(needs.length).toBe(11)
  for (const text of needs) expect(text).toMatch(/\((stated|unstated)\)$/)
  for (const text of await options(need, true))
    expect(text).toMatch(/ — A value-zone link starts at a need/)
  const fulfilledBy = zone.getByRole('combobox', { name: 'Fulfilled by' })
  const offerings = await options(fulfilledBy, false)
  expect(offerings.length).toBeGreaterThan(0)
  for (const text of offerings) expect(text).not.toMatch(/\((stated|unstated)\)$/)
  const refused = await options(fulfilledBy, true)
  expect(refused.filter((text) => /\((stated|unstated)\) — /.test(text))).toHaveLength(11)
  for (const text of refused) expect(text).toMatch(/ — ./)
  expect(refused.length).toBeGreaterThan(11)
})

test('a locked cube shows a lock, and a participant cannot type into it', async ({
  browser,
  baseURL,
}, testInfo) => {
  const model = new TemplateModel()
    .cube('credit-risk', 'Credit Risk', 'Risk Department', {
      services: [['Credit Application', '']],
    })
    .build()
  const board = await createBoard(baseURL!, 'Locks', model)
  const fay = (await openAsFacilitator(browser, baseURL!, board)).page
  const facilitatorCube = cubeTitled(fay, 'Credit Risk')
  const box = (await facilitatorCube.boundingBox())!
  await fay.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.75)
  await (await moreSessionControls(fay)).getByRole('button', { name: 'Lock selection' }).click()
  const lock = (page: Page) =>
    cubeTitled(page, 'Credit Risk').getByRole('img', { name: 'Locked by the facilitator' })
  await expect(lock(fay)).toBeVisible()

  const { page } = await join(browser, board.url, 'Pat')
  await expect(lock(page)).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('locked-cube-seen-by-a-participant.png') })
  const cube = cubeTitled(page, 'Credit Risk')
  const shown = (await cube.boundingBox())!
  await page.mouse.click(shown.x + shown.width * 0.7, shown.y + shown.height * 0.75)
  await page.keyboard.press('Enter')
  // Its own fields are shown, read-only; items can still be added to it.
  const title = page.getByLabel('Offering')
  await expect(title).toHaveValue('Credit Risk')
  await expect(title).not.toBeEditable()
  await expect(page.getByLabel('Department')).not.toBeEditable()
  const editing = page.locator('.cube[data-editing="true"]')
  await expect(editing.getByRole('button', { name: '↻ Back Stage' })).toBeDisabled()
  await title.focus()
  await page.keyboard.type('Nope')
  await expect(title).toHaveValue('Credit Risk')
  await expect(editing.getByRole('button', { name: '+ service' })).toBeVisible()
  await page.screenshot({ path: testInfo.outputPath('locked-cube.png') })

  // The facilitator still edits it.
  await fay.mouse.click(box.x + box.width * 0.7, box.y + box.height * 0.75)
  await fay.keyboard.press('Enter')
  await expect(fay.getByLabel('Offering')).toBeEditable()
})

test('guests are offered only what they may do; the account bar and the Model panel read clearly', async ({
  browser,
  baseURL,
}, testInfo) => {
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Roles',
    template: 'mortgage-loan-network',
  })) as { id: string }
  const { path } = (await asFacilitator(baseURL!, `/api/boards/${id}/invites`, {
    role: 'editor',
  })) as { path: string }
  const board = { id, url: `${baseURL}${path}`, viewUrl: '' }

  // A guest's dashboard: the board, without "Duplicate" (copies are for accounts).
  const guest = (await join(browser, board.url, 'Gus')).page
  await guest.goto('/')
  await expect(guest.getByRole('link', { name: 'Roles' })).toBeVisible()
  await expect(guest.getByRole('button', { name: 'Duplicate' })).toHaveCount(0)

  // The facilitator's: "Duplicate", and the account link apart from "Sign out".
  const { page } = await openAsFacilitator(browser, baseURL!, board)
  await page.goto('/')
  await expect(page.getByRole('button', { name: 'Duplicate' }).first()).toBeVisible()
  const account = (await page.getByRole('link', { name: 'Account and API keys' }).boundingBox())!
  const signOut = (await page.getByRole('button', { name: 'Sign out' }).boundingBox())!
  expect(signOut.x - (account.x + account.width)).toBeGreaterThanOrEqual(8)

  // The Model panel: every tab in full; each outline entry on its own bullet.
  await page.goto(`/b/${id}`)
  await page.getByRole('button', { name: 'Model', exact: true }).click()
  const panel = page.getByRole('complementary', { name: 'Board model' })
  const tabs = panel.getByRole('group', { name: 'Show' })
  expect(await cutOff(page, '.model-panel-tabs', 'button')).toEqual([])
  expect(await tabs.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true)
  const overlapping = await panel.locator('.model-outline').evaluateAll((outlines) =>
    outlines.flatMap((outline) =>
      [...outline.querySelectorAll('li')].flatMap((item) => {
        const next = item.nextElementSibling
        if (!next) return []
        const [a, b] = [item.getBoundingClientRect(), next.getBoundingClientRect()]
        return a.bottom > b.top + 1 ? [item.textContent!.slice(0, 40)] : []
      }),
    ),
  )
  expect(overlapping).toEqual([])
  // An entry that wraps starts on its own bullet's line: a letter put before it (where the
  // bullet is) sits on the entry's first line, not its last.
  const offBullet = await panel.locator('.model-outline li > .link-button').evaluateAll((entries) =>
    entries.flatMap((entry) => {
      const box = entry.getBoundingClientRect()
      const probe = document.createElement('span')
      probe.textContent = 'x'
      entry.before(probe)
      const line = probe.getBoundingClientRect()
      probe.remove()
      return line.top > box.top + line.height / 2 ? [entry.textContent!.slice(0, 40)] : []
    }),
  )
  expect(offBullet).toEqual([])
  await page.screenshot({ path: testInfo.outputPath('model-panel-outline.png') })
  await tabs.getByRole('button', { name: 'Gaps' }).click()
  await expect(tabs.getByRole('button', { name: 'Gaps' })).toHaveAttribute('aria-pressed', 'true')
  await page.screenshot({ path: testInfo.outputPath('model-panel-gaps.png') })
})

test('twelve departments on one board take twelve colours of their own', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000)
  const { id } = (await asFacilitator(baseURL!, '/api/boards', {
    title: 'Twelve departments',
    template: 'mortgage-loan-network',
  })) as { id: string }
  const { page } = await openAsFacilitator(browser, baseURL!, { id, url: '', viewUrl: '' })
  await expect(page.locator('.cube')).toHaveCount(7)
  // Where the template puts cubes (page units) tells where the free places are on screen.
  const home = (await cubeTitled(page, 'Home Loan').boundingBox())!
  const reporting = (await cubeTitled(page, 'Reporting').boundingBox())!
  const scale = (reporting.x - home.x) / 1400
  const free = [
    [-700, 0, 'Mortgage Marketing', 'Marketing'],
    [700, 0, 'Customer Service Desk', 'Customer Service'],
    [-700, 700, 'Compliance Checks', 'Compliance'],
    [0, 700, 'Property Valuation', 'Valuation Department'],
    [1400, 700, 'Core Banking', 'IT Department'],
  ] as const
  for (const [x, y, title, department] of free) {
    await page.getByTestId('tools.cube').click()
    await page.mouse.click(home.x + (x + 280) * scale, home.y + (y + 230) * scale)
    await page.keyboard.press('Enter')
    // Filled, then left with Tab, which keeps what was typed.
    for (const [label, value] of [
      ['Offering', title],
      ['Department', department],
    ]) {
      const field = page.getByLabel(label!)
      await field.fill(value!)
      await field.press('Tab')
    }
    for (let i = 0; i < 3; i++) await page.keyboard.press('Escape')
  }
  await expect(page.locator('.cube-department', { hasText: 'No department' })).toHaveCount(0)
  await expect(page.locator('.cube')).toHaveCount(12)
  const colours = await page
    .locator('.cube-body > polygon:first-child')
    .evaluateAll((tops) => tops.map((top) => top.getAttribute('fill')))
  expect(new Set(colours).size).toBe(12)
  await page.keyboard.press('Shift+1')
  await page.screenshot({ path: testInfo.outputPath('twelve-cube-board.png') })
})
