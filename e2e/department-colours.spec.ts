// Department colours on the canvas: twelve departments, twelve clearly different cubes.
import { expect, test } from '@playwright/test'
import { TemplateModel } from '@/lib/templates/model-builder'
import { closeBoardContexts, createBoard, join } from './board-helpers'

test.afterEach(closeBoardContexts)

const departments = [
  'Compliance',
  'Customer Service',
  'Retail Sales',
  'Corporate Sales',
  'Loan Management',
  'Risk Department',
  'CLM Department',
  'Payment Department',
  'Reporting Department',
  'Logistics',
  'Finance',
  'IT',
]

/** Twelve cubes, one per department, as a tree: each serves one of two steps of another. */
function twelveDepartments() {
  const model = new TemplateModel()
  departments.forEach((department, at) =>
    model.cube(`cube-${at}`, `${department} offering`, department, {
      services: [[`Service ${at}`, '']],
      processes: [[`Process ${at}`, [`Step ${at} a`, `Step ${at} b`]]],
    }),
  )
  for (let at = 1; at < departments.length; at++) {
    const consumer = Math.floor((at - 1) / 2)
    model.link(
      `cube-${at}`,
      `Service ${at}`,
      `cube-${consumer}`,
      `Step ${consumer} ${at % 2 ? 'a' : 'b'}`,
    )
  }
  return model.build()
}

test('twelve departments get twelve different colours, Compliance and Customer Service included', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Twelve departments', twelveDepartments())
  const { page } = await join(browser, board.url, 'Ada')
  const tops = await page
    .locator('.cube-body polygon:first-child')
    .evaluateAll((polygons) => polygons.map((polygon) => polygon.getAttribute('fill')))
  expect(tops).toHaveLength(12)
  expect(new Set(tops).size).toBe(12)
  await page.screenshot({ path: testInfo.outputPath('twelve-departments.png') })
})
