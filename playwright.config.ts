import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { defineConfig, devices } from '@playwright/test'
import { appPort, smtpPort } from './e2e/ports'

// Every run starts from an empty embedded database, as a new user's first start would. Each
// worker reads this file again and finds the run's folder in the environment; the runner
// removes the folder as it exits, after it has stopped the server.
if (!process.env.CUBEBOARD_E2E_DATA_DIR) {
  const created = fs.mkdtempSync(path.join(os.tmpdir(), 'cubeboard-e2e-'))
  process.env.CUBEBOARD_E2E_DATA_DIR = created
  process.on('exit', () => fs.rmSync(created, { recursive: true, force: true }))
}
const dataDir = process.env.CUBEBOARD_E2E_DATA_DIR

export default defineConfig({
  testDir: 'e2e',
  timeout: 60_000,
  // The first requests after the server starts (routes loaded, the database warmed) can take
  // several seconds on a loaded machine: CI once missed Playwright's default 5 s on the first
  // board a spec created.
  expect: { timeout: 15_000 },
  fullyParallel: false,
  workers: 1,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${appPort}`,
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
    url: `http://localhost:${appPort}/api/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    // Stopped as Ctrl-C stops it (pending updates written, its socket folder removed), not killed.
    gracefulShutdown: { signal: 'SIGINT', timeout: 20_000 },
    env: {
      PORT: String(appPort),
      CUBEBOARD_DATA_DIR: dataDir,
      // Email sign-in through a real SMTP conversation: e2e/email-sign-in.spec.ts listens there.
      EMAIL_SERVER: `smtp://127.0.0.1:${smtpPort}`,
      EMAIL_FROM: 'Cubeboard <cubeboard@localhost>',
      NEXTAUTH_URL: `http://localhost:${appPort}`,
      // The specs sign in and open invite links far more often than people do, from one address.
      CUBEBOARD_RATE_LIMITS: 'sign-in=1000/60,guest-join=1000/60,invite=1000/60,room-token=1000/60',
    },
    stdout: 'pipe',
  },
})
