// Hocuspocus 3.4.4 as the benches run it: a peer persisting each document to PostgreSQL.
import { Server } from '@hocuspocus/server'
import { Database } from '@hocuspocus/extension-database'
import postgres from 'postgres'

/*
 * Started by the benches in a process of its own (like our server and the reference), with
 * DATABASE_URL and PORT set. It stores documents the way Hocuspocus's database extension
 * does: the whole state as one row, written after a quiet spell (its default debounce).
 * Prints "listening <port>" once it accepts connections.
 */
const databaseUrl = process.env.DATABASE_URL
if (!databaseUrl) throw new Error('DATABASE_URL must name the PostgreSQL database to persist to')
const sql = postgres(databaseUrl, { max: 4, onnotice: () => {} })
await sql`create table if not exists hocuspocus_documents (name text primary key, data bytea not null)`

const server = new Server({
  port: Number(process.env.PORT ?? 0),
  address: '127.0.0.1',
  quiet: true,
  extensions: [
    new Database({
      fetch: async ({ documentName }) => {
        const [row] = await sql<{ data: Uint8Array }[]>`
          select data from hocuspocus_documents where name = ${documentName}`
        return row ? new Uint8Array(row.data) : null
      },
      store: async ({ documentName, state }) => {
        await sql`
          insert into hocuspocus_documents (name, data) values (${documentName}, ${state})
          on conflict (name) do update set data = excluded.data`
      },
    }),
  ],
})
await server.listen()
console.log(`listening ${server.address.port}`)
