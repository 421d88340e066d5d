import { expect, it } from 'vitest'
import { readEnv } from '@/lib/env'

it('needs nothing: every variable has a local default', () => {
  expect(readEnv({})).toMatchObject({ PORT: 3000, CUBEBOARD_DATA_DIR: 'data' })
})

it('names each bad variable in its error', () => {
  expect(() =>
    readEnv({ PORT: 'eighty', DATABASE_URL: 'mysql://x', AUTH_SECRET: 'short' }),
  ).toThrow(
    /PORT:.*\n.*DATABASE_URL: must be a postgres:\/\/.*\n.*AUTH_SECRET: must be at least 32/,
  )
})

it('treats an empty variable as unset', () => {
  expect(readEnv({ DATABASE_URL: '' }).DATABASE_URL).toBeUndefined()
})
