import postgres from 'postgres'

/**
 * The PostgreSQL the bench runs against. main.ts imports this module first: the test
 * helpers read TEST_DATABASE_URL when they load, so the default must be set before them.
 */
export const benchPostgresUrl = (process.env.TEST_DATABASE_URL ||=
  'postgres://postgres@127.0.0.1:5432/test')

/** Whether PostgreSQL answers, with its version, or why not. */
export type PostgresProbe =
  { available: true; version: string } | { available: false; reason: string }

/** Asks PostgreSQL for its version; a bench without PostgreSQL skips its column instead of failing. */
export async function probePostgres(url = benchPostgresUrl): Promise<PostgresProbe> {
  const client = postgres(url, { max: 1, connect_timeout: 5, onnotice: () => {} })
  try {
    const [row] = await client<{ server_version: string }[]>`show server_version`
    return { available: true, version: row?.server_version ?? 'unknown' }
  } catch (error) {
    return { available: false, reason: error instanceof Error ? error.message : String(error) }
  } finally {
    await client.end({ timeout: 1 })
  }
}
