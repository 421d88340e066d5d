// The canvas shows what the model says: nothing drawn on top of something else, nothing hidden.
import { expect, test, type Locator, type Page } from '@playwright/test'
import { TemplateModel } from '@/lib/templates/model-builder'
import {
  closeBoardContexts,
  createBoard,
  cubeTitled,
  drawFrame,
  join,
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
  await agenda.getByLabel('Step 1 frame').selectOption({ index: 1 })
  await agenda.getByRole('button', { name: /^Start “1 / }).click()
  await expect(page.locator('.service-link')).toHaveCount(3)
  for (const each of await page.locator('.service-link').all()) await expect(each).toBeVisible()
  expect((await drawnLinks(page)).map((drawn) => [drawn.start, drawn.end])).toEqual(
    before.map((drawn) => [drawn.start, drawn.end]),
  )
})
