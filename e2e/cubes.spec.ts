import { expect, test } from '@playwright/test'
import { closeBoardContexts, createBoard, drawCube, focused, join, tabTo } from './board-helpers'

test.afterEach(closeBoardContexts)

test('a participant adds and edits a face item with the keyboard only, and others see it after reload', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Cubes by keyboard')
  const ada = await join(browser, board.url, 'Ada')
  const { page } = ada

  await page.getByTestId('tools.cube').click()
  await page.mouse.click(640, 440)
  const cube = page.locator('.cube')
  await expect(cube).toHaveCount(1)
  await expect(cube).toContainText('Front Stage')
  await expect(cube).toContainText('Experience')

  // From here on, only the keyboard.
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Offering')).toBeFocused()
  await page.keyboard.type('Mortgage Loan')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Department')).toBeFocused()
  await page.keyboard.type('Retail Sales')
  await page.keyboard.press('Tab')
  await expect(focused(page)).toHaveText('+ product')
  await page.keyboard.press('Tab')
  await expect(focused(page)).toHaveText('+ service')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('service text')).toBeFocused()
  await page.keyboard.type('Credit Application')
  await page.keyboard.press('Tab')
  await expect(page.getByLabel('Promise or terms')).toBeFocused()
  await page.keyboard.type('Decision within two days')
  await page.keyboard.press('Enter')
  await expect(focused(page)).toContainText('Credit Application')
  await expect(focused(page)).toContainText('Decision within two days')

  // Enter edits it; Escape keeps a change, as Enter does, and as a text field would.
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('service text')).toBeFocused()
  await page.keyboard.type('Something else')
  await page.keyboard.press('Escape')
  await expect(focused(page)).toContainText('Something else')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Home Loan application')
  await page.keyboard.press('Enter')
  await expect(focused(page).locator('span').first()).toHaveText('Home Loan application')

  // Tab goes on to the next group's "+ add".
  await page.keyboard.press('Tab')
  await expect(focused(page)).toHaveText('+ service')
  await page.screenshot({ path: testInfo.outputPath('cube-editing.png') })

  // Escape leaves the cube; the department is written on it, not only its colour.
  await page.keyboard.press('Escape')
  await expect(cube).toContainText('Mortgage Loan')
  await expect(cube).toContainText('Retail Sales')
  await page.keyboard.press('Escape')
  await page.screenshot({ path: testInfo.outputPath('cube.png') })

  const bo = await join(browser, board.url, 'Bo')
  const seenByBo = bo.page.locator('.cube')
  await expect(seenByBo).toContainText('Home Loan application')
  await expect(seenByBo).toContainText('Decision within two days')
  await expect(seenByBo).toContainText('Mortgage Loan')
  await expect(seenByBo).toContainText('Retail Sales')
  await expect(seenByBo).not.toContainText('Something else')
  await expect(seenByBo).not.toContainText('Credit Application')

  await ada.page.reload()
  await expect(ada.page.locator('.cube')).toContainText('Home Loan application')
})

test('Escape keeps what was typed in a cube’s title, department and a new item, and leaves no stray keys', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL!, 'Escape keeps')
  const { page } = await join(browser, board.url, 'Ada')
  await drawCube(page, { x: 640, y: 440 }, 'Warehouse', 'Logistics')
  // Escape in the department field keeps it (and the title) and leaves the cube.
  await page.keyboard.press('Escape')
  const cube = page.locator('.cube')
  await expect(cube).toContainText('Warehouse')
  await expect(cube).toContainText('Logistics')
  // The select tool is still on: no letter of what was typed switched tools.
  await expect(page.getByTestId('tools.select')).toHaveAttribute('aria-pressed', 'true')

  await page.keyboard.press('Enter')
  await tabTo(page, '+ service')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Same-day delivery')
  await page.keyboard.press('Escape')
  await expect(cube).toContainText('Same-day delivery')
  await page.reload()
  await expect(page.locator('.cube')).toContainText('Logistics')
  await expect(page.locator('.cube')).toContainText('Same-day delivery')
})

test('typing on a selected cube types into it instead of switching tools, and a double-click puts the keyboard in its title', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL!, 'Typing lands')
  const { page } = await join(browser, board.url, 'Ada')
  await drawCube(page, { x: 640, y: 440 }, 'Warehouse', 'Logistics')
  await page.keyboard.press('Escape')
  const cube = page.locator('.cube')
  await expect(page.getByTestId('quick-actions.delete')).toBeEnabled()
  // The cube is selected, not edited: "logistics" holds l, o, g, c… (tool keys in tldraw).
  await page.keyboard.type(' hub')
  await expect(page.getByLabel('Offering')).toHaveValue('Warehouse hub')
  await expect(page.getByLabel('Offering')).toBeFocused()
  await expect(page.getByTestId('tools.select')).toHaveAttribute('aria-pressed', 'true')
  await page.keyboard.press('Escape')
  await expect(cube).toContainText('Warehouse hub')

  // A double-click on the cube's top edits it with the keyboard in its title, not on the canvas.
  await page.mouse.click(100, 700)
  const box = (await cube.boundingBox())!
  await page.mouse.dblclick(box.x + box.width / 2, box.y + 24)
  await expect(page.getByLabel('Offering')).toBeFocused()
  await page.keyboard.press('End')
  await page.keyboard.type(' north')
  await page.keyboard.press('Enter')
  await expect(page.getByLabel('Offering')).toHaveValue('Warehouse hub north')
  await expect(page.getByTestId('tools.select')).toHaveAttribute('aria-pressed', 'true')
})

test('Ctrl+Z while working in a cube undoes the last change at once, and Ctrl+Shift+Z redoes it', async ({
  browser,
  baseURL,
}) => {
  const board = await createBoard(baseURL!, 'Undo in a cube')
  const { page } = await join(browser, board.url, 'Ada')
  await drawCube(page, { x: 640, y: 440 }, 'Warehouse', 'Logistics')
  await tabTo(page, '+ service')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Pick and pack')
  await page.keyboard.press('Enter')
  const cube = page.locator('.cube')
  await expect(cube).toContainText('Pick and pack')
  // Still in the cube: the first Ctrl+Z takes the new item away, not some earlier typing.
  await page.keyboard.press('Control+z')
  await expect(cube).not.toContainText('Pick and pack')
  await expect(page.getByLabel('Department')).toHaveValue('Logistics')
  await page.keyboard.press('Control+Shift+z')
  await expect(cube).toContainText('Pick and pack')
  // Typing not yet committed is undone in its field, as in any text field.
  await tabTo(page, '+ service')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Returns')
  await page.keyboard.press('Control+z')
  await expect(page.getByLabel('service text')).toHaveValue('')
  await expect(cube).toContainText('Pick and pack')
})

test('turning a cube shows its Back Stage, where a process gets its steps; collapsing keeps title and department', async ({
  browser,
  baseURL,
}, testInfo) => {
  const board = await createBoard(baseURL!, 'Turning cubes')
  const { page } = await join(browser, board.url, 'Ada')
  await page.getByTestId('tools.cube').click()
  await page.mouse.click(640, 440)
  const cube = page.locator('.cube')

  await page.keyboard.press('Enter')
  await page.keyboard.type('Credit Risk')
  await page.keyboard.press('Tab')
  await page.keyboard.type('Risk Department')
  await page.keyboard.press('Shift+Tab')
  await page.keyboard.press('Shift+Tab')
  await expect(focused(page)).toHaveText('Collapse')
  await page.keyboard.press('Shift+Tab')
  await expect(focused(page)).toHaveText('↻ Back Stage')
  await page.keyboard.press('Enter')
  await expect(cube.locator('[data-face="back-stage"]')).toBeVisible()
  await expect(cube.locator('[data-face="front-stage"]')).toHaveCount(0)

  await tabTo(page, '+ process')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Credit Granting')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(focused(page)).toHaveText('+ step')
  await page.keyboard.press('Enter')
  await page.keyboard.type('KYC')
  await page.keyboard.press('Enter')
  const process = cube.getByRole('region', { name: 'Processes' }).locator('li').first()
  await expect(process.locator('.cube-steps')).toContainText('KYC')
  await tabTo(page, '+ team or role')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Credit analysts')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Tab')
  await expect(focused(page)).toHaveText('+ team or role')
  await page.keyboard.press('Enter')
  await page.keyboard.type('Underwriters')
  await page.keyboard.press('Enter')
  const teams = cube.getByRole('region', { name: 'Organisation' }).locator('.cube-item-text')
  await expect(teams).toHaveText(['Credit analysts', 'Underwriters'])
  // Alt+↑ moves the focused item up its group; Delete removes it.
  await page.keyboard.press('Alt+ArrowUp')
  await expect(teams).toHaveText(['Underwriters', 'Credit analysts'])
  await expect(focused(page)).toHaveText('Underwriters')
  await page.keyboard.press('Delete')
  await expect(teams).toHaveText(['Credit analysts'])
  await expect(focused(page)).toHaveText('+ team or role')
  await page.screenshot({ path: testInfo.outputPath('cube-back-stage.png') })

  await tabTo(page, 'Collapse', 'Shift+Tab')
  await page.keyboard.press('Enter')
  await page.keyboard.press('Escape')
  await expect(cube).toHaveAttribute('data-collapsed', 'true')
  await expect(cube).toContainText('Credit Risk')
  await expect(cube).toContainText('Risk Department')
  await expect(cube.locator('[data-face="back-stage"]')).toContainText('3 items')
  await page.screenshot({ path: testInfo.outputPath('cube-collapsed.png') })
})
