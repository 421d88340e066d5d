import { expect, test } from '@playwright/test'
import { mortgageLoanNetwork } from '@/lib/kinds/cube-network/mortgage-loan-network'
import type { BoardModel } from '@/lib/model'
import {
  asFacilitator,
  closeBoardContexts,
  createBoard,
  join,
  openAsFacilitator,
  tabTo,
} from './board-helpers'

test.afterEach(closeBoardContexts)

test('a facilitator puts the principles matrix on a cube board by keyboard, and a participant sees who is responsible as the model does', async ({
  browser,
  baseURL,
}, testInfo) => {
  test.setTimeout(120_000)
  const board = await createBoard(baseURL!, 'Principles', mortgageLoanNetwork)
  const { page } = await openAsFacilitator(browser, baseURL!, board)
  const guest = (await join(browser, board.url, 'Gita')).page

  // Create → Principles matrix, in the middle of the view, in editing with its title focused.
  await tabTo(page, 'Create')
  await page.keyboard.press('Enter')
  await tabTo(page, 'Principles matrix')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Matrix title')).toBeFocused()
  await page.keyboard.type('Who carries the principles')
  await page.keyboard.press('Enter')

  // The five principles down, the board's seven departments across.
  const matrix = page.locator('.principles-matrix')
  await expect(matrix.locator('tbody tr')).toHaveCount(5)
  await expect(matrix.locator('thead th.principles-unit')).toHaveCount(
    mortgageLoanNetwork.departments.length,
  )
  await expect(matrix.locator('tbody tr[data-gap="true"]')).toHaveCount(5)

  // Credit Risk's department is responsible for listening, Retail Sales contributes, with a note.
  const listening = 'Systematic listening to customers'
  await page.getByLabel(`${listening}, Risk Department`).selectOption('responsible')
  await page.getByLabel(`${listening}, Retail Sales`).selectOption('contributes')
  await page.getByLabel(`Note: ${listening}, Retail Sales`).fill('App store reviews')
  await page.keyboard.press('Enter')
  // A principle of the workshop's own.
  await page.getByRole('button', { name: '+ Add a principle' }).focus()
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Principle 6', { exact: true })).toBeFocused()
  await page.keyboard.type('One voice to the customer')
  await page.keyboard.press('Enter')
  await expect(matrix.locator('tbody tr')).toHaveCount(6)
  await expect(matrix.locator('tbody tr[data-gap="true"]')).toHaveCount(5)
  await page.keyboard.press('Escape')

  // The participant sees the roles, the note and the gaps as they are written.
  const seen = guest.locator('.principles-matrix')
  await expect(seen.locator('td[data-role="responsible"]')).toHaveText(/Responsible/)
  await expect(seen.locator('td[data-role="contributes"]')).toContainText('App store reviews')
  await expect(seen.locator('.principles-gap')).toHaveCount(5)
  // Zoomed to the matrix (it is still selected), as the screenshot shows it.
  await page.keyboard.press('Shift+2')
  await page.screenshot({ path: testInfo.outputPath('principles-matrix.png') })

  // The model says the same: listening has its owner, five principles have none.
  await expect
    .poll(async () => {
      const analysis = (await asFacilitator(
        baseURL!,
        `/api/boards/${board.id}/model/analysis`,
      )) as { principles: { withoutOwner: { name: string }[] } }
      return analysis.principles.withoutOwner.map((principle) => principle.name)
    })
    .toEqual([
      'Measuring from the customer’s perspective',
      'Personalisation by default',
      'Double-sided digital teams and channels',
      'Continuous delivery mark II',
      'One voice to the customer',
    ])

  // The model page reads it back: Risk Department responsible for listening, five gaps.
  await page.goto(`/b/${board.id}/model`)
  const principles = page.getByRole('region', { name: 'Principles' })
  await expect(principles.getByRole('row', { name: /Systematic listening/ })).toContainText(
    'Risk Department',
  )
  await expect(principles.locator('tr[data-gap="true"]')).toHaveCount(5)
})

test('an imported model keeps its principles matrix: it is drawn, and the model reads it back', async ({
  baseURL,
}) => {
  const risk = mortgageLoanNetwork.departments.find((d) => d.name === 'Risk Department')!
  const model: BoardModel = {
    ...mortgageLoanNetwork,
    principles: [
      {
        id: 'shape:principles',
        title: 'Who carries the principles',
        rows: [{ id: 'principle_row:listening', key: 'listening', name: 'Listening' }],
        cells: [
          {
            rowId: 'principle_row:listening',
            departmentId: risk.id,
            role: 'responsible',
            note: '',
          },
        ],
      },
    ],
  }
  const board = await createBoard(baseURL!, 'Imported principles', model)
  const stored = (await asFacilitator(baseURL!, `/api/boards/${board.id}/model`)) as BoardModel
  expect(stored.principles).toEqual(model.principles)
})
