// Raw queries run as prepared statements: parsed once per connection, one round trip a run.
import type { SQL } from 'drizzle-orm'
import { PgDialect } from 'drizzle-orm/pg-core'
import type { Database } from './client'

const dialect = new PgDialect()

/**
 * Runs `query` as a prepared statement and resolves with its rows. Drizzle runs a query that
 * is not named as a prepared one unprepared, and postgres.js then asks the server for its
 * parameters' types before it sends them: two round trips and a parse every time. Prepared,
 * each connection parses it once and every later run is one round trip: the update log's
 * insert, up to 20 times a second on a busy instance, took half the CPU it did (on PGlite,
 * whose thread parses in this process, 350–560 µs instead of 870–1,560 µs a run).
 *
 * Only for a query whose text is the same every run (lists as one array parameter, not a
 * parameter each): every distinct text stays prepared on its connection. `name` says which
 * query it is; postgres.js names the statement itself.
 */
export async function executePrepared<Row>(
  db: Pick<Database, '_'>,
  name: string,
  query: SQL,
): Promise<Row[]> {
  const prepared = db._.session.prepareQuery(dialect.sqlToQuery(query), undefined, name, false)
  return (await prepared.execute()) as Row[]
}
