import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'

const port = Number(process.env.E2E_PORT ?? 3199)
// Every run starts from an empty embedded database, as a new user's first start would.
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'cubeboard-e2e-'))

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${port}`,
    trace: 'retain-on-failure',
  },
  projects: [
    {
      name: 'chromium',
      use: {
        ...devices['Desktop Chrome'],
        launchOptions: {
          // Debian's Chromium: Playwright's own browser download is not available here.
          executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
          args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
        },
      },
    },
  ],
  webServer: {
    // The README's first command, on a private port and data folder.
    command: 'npm start',
    url: `http://localhost:${port}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    env: { PORT: String(port), CUBEBOARD_DATA_DIR: dataDir },
    stdout: 'pipe',
  },
})
