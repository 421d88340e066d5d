import fs from 'node:fs/promises'
import { expect, test } from '@playwright/test'
import { boardShown, cubeTitled, drawCube, signIn } from './board-helpers'

/** The text of each page of a PDF, as a PDF reader extracts it (pdf.js, Firefox's reader). */
async function pdfPagesText(bytes: Uint8Array): Promise<string[]> {
  const pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs')
  const document = await pdfjs.getDocument({ data: bytes }).promise
  const pages: string[] = []
  for (let number = 1; number <= document.numPages; number++) {
    const content = await (await document.getPage(number)).getTextContent()
    // Wrapped lines break at spaces: joining them with one gives the sentences back.
    pages.push(content.items.map((item) => ('str' in item ? item.str : '')).join(' '))
  }
  return pages
}

test('the handout of a ten-cube board prints arrows and non-Latin text and stays small', async ({
  page,
}, testInfo) => {
  // A template board, three cubes drawn by hand, and a PDF made in the browser.
  test.setTimeout(180_000)
  const title = 'Zürich → Kraków: Ωmega'
  await signIn(page, 'Fay')
  await page.getByLabel('Board title').fill(title)
  await page.getByRole('radio', { name: /^Mortgage loan network/ }).check()
  await page.getByRole('button', { name: 'Create board' }).click()
  await expect(page).toHaveURL(/\/b\/[a-z0-9]{16}$/)
  await boardShown(page)
  await expect(page.locator('.cube')).toHaveCount(7)

  // Three more cubes below the template's network, named in Greek, Cyrillic and with an emoji.
  await page.mouse.move(640, 400)
  await page.mouse.wheel(0, 450)
  const added = [
    ['Ωmega Σervice', 'Τμήμα Ελέγχου'],
    ['Кредитный отдел', 'Отдел продаж'],
    ['Café Crème 🚀', 'Zürich Büro'],
  ] as const
  for (const [index, [cube, department]] of added.entries()) {
    await drawCube(page, { x: 250 + index * 380, y: 500 }, cube, department)
    await page.keyboard.press('Tab')
    for (let press = 0; press < 3; press++) await page.keyboard.press('Escape')
    await expect(cubeTitled(page, cube)).toContainText(department)
  }
  await expect(page.locator('.cube')).toHaveCount(10)
  await page.screenshot({ path: testInfo.outputPath('added-cubes.png') })

  await page.getByRole('button', { name: 'Model' }).click()
  const downloading = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Handout (PDF)' }).click()
  const download = await downloading
  const pdf = new Uint8Array(await fs.readFile((await download.path())!))
  await fs.writeFile(testInfo.outputPath('handout.pdf'), pdf)

  // Ten cubes, the picture and every page of text: well under 3 MB (57 MB before).
  expect(pdf.byteLength).toBeLessThan(3 * 1024 * 1024)
  const pages = await pdfPagesText(pdf)
  expect(pages.length).toBeGreaterThanOrEqual(2)
  const text = pages.join(' ')
  expect(pages[0]).toContain(title)
  // A service link and a dependency path, with their arrows as written.
  expect(text).toContain(
    'Customer Lifecycle Management (CLM Department): "KYC" serves Credit Risk (Risk Department): "KYC"',
  )
  expect(text).toContain('Home Loan relies on: Home Loan → Mortgage Loan;')
  expect(text).not.toContain("!'")
  // Greek, Cyrillic and accented names as typed; the emoji, which the font lacks, as a box.
  expect(text).toContain('Ωmega Σervice')
  expect(text).toContain('Кредитный отдел')
  expect(text).toContain('Café Crème □')

  // The last page draws the service network as the model page does, with the legend.
  const network = pages.at(-1)!
  expect(network).toContain('The service network')
  expect(network).toContain('The service network: 10 cubes in 10 departments')
  for (const cube of ['Mortgage Loan', 'Credit Risk', 'Ωmega Σervice', 'Кредитный отдел']) {
    expect(network).toContain(cube)
  }
  expect(network).toContain('Departments')
  expect(network).toContain('Τμήμα Ελέγχου')
  expect(network).toContain('Risk Department')
})
