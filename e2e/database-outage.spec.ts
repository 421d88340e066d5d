import { spawn, type ChildProcess } from 'node:child_process'
import { expect, test } from '@playwright/test'
import { createTestDatabase, testPostgresUrl, type TestDatabase } from '../test/helpers/databases'
import { TcpProxy } from '../test/helpers/tcp-proxy'
import { closeBoardContexts, createBoard, openAsFacilitator } from './board-helpers'
import { appPort } from './ports'

/**
 * The header's connection indicator while the server's PostgreSQL is away: the app runs
 * a second time (the same build, as `npm start` runs it) against PostgreSQL through a proxy
 * this test cuts; the shared PostgreSQL keeps running.
 */
test.skip(!testPostgresUrl, 'needs TEST_DATABASE_URL (PostgreSQL)')
test.afterEach(closeBoardContexts)

const port = appPort + 2
const baseURL = `http://localhost:${port}`
let database: TestDatabase
let proxy: TcpProxy
let app: ChildProcess

test.beforeAll(async () => {
  test.setTimeout(120_000)
  database = await createTestDatabase('postgres')
  const direct = new URL(database.databaseUrl!)
  proxy = await TcpProxy.start({ host: direct.hostname, port: Number(direct.port || 5432) })
  // As npm start runs it (see package.json).
  const entry = ['--import', 'tsx', '--import', './server/outside-next.mjs', 'server/main.ts']
  app = spawn(process.execPath, entry, {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      PORT: String(port),
      DATABASE_URL: proxy.route(database.databaseUrl!),
      CUBEBOARD_DATA_DIR: database.dataDir,
      NEXTAUTH_URL: baseURL,
    },
    stdio: 'inherit',
  })
  await expect
    .poll(
      () =>
        fetch(`${baseURL}/api/health`).then(
          (r) => r.status,
          () => 0,
        ),
      {
        timeout: 90_000,
      },
    )
    .toBe(200)
})

test.afterAll(async () => {
  await proxy.restore()
  await new Promise<void>((resolve) => {
    app.once('exit', () => resolve())
    app.kill('SIGTERM')
  })
  await proxy.cut()
  await database.drop()
})

test('says changes are not being saved while the database is away, and when they are again', async ({
  browser,
}) => {
  const board = await createBoard(baseURL, 'Outage')
  const { page } = await openAsFacilitator(browser, baseURL, board)
  const status = page.getByRole('status').first()

  await proxy.cut()
  // An edit the server cannot store.
  await page.keyboard.press('r')
  await page.mouse.move(500, 300)
  await page.mouse.down()
  await page.mouse.move(650, 420, { steps: 6 })
  await page.mouse.up()
  await expect(status).toHaveText(
    'Connected · the server cannot reach its database, so changes are not being saved: keep this tab open, your changes are kept here',
    { timeout: 15_000 },
  )
  await expect(status).toHaveAttribute('data-status', 'not-saving')
  await page.screenshot({ path: 'test-results/database-outage.png' })

  await proxy.restore()
  await expect(status).toHaveText('Connected', { timeout: 20_000 })
  // The rectangle drawn meanwhile was stored: a fresh page shows it.
  await page.reload()
  await expect(page.locator('.tl-shape')).toHaveCount(1, { timeout: 15_000 })
})
