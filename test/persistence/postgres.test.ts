import { describe, it } from 'vitest'
import { testPostgresUrl } from '../helpers/databases'
import { persistenceSuite } from './persistence-suite'

if (testPostgresUrl) {
  persistenceSuite('postgres')
} else {
  console.warn(
    '\n  PostgreSQL suite SKIPPED: TEST_DATABASE_URL is not set. ' +
      'Set it (e.g. postgres://postgres@127.0.0.1:5432/test) to run it.\n',
  )
  describe('persistence on postgres', () => {
    it.skip('skipped: TEST_DATABASE_URL is not set', () => {})
  })
}
