// Process entry of `npm start` and `npm run dev`: reads the environment and starts the server.
import { dataDirectory, readEnv } from '@/lib/env'
import { startCubeboard } from './cubeboard-server'
import { rateLimitsFrom } from './http/rate-limits'

/** Process entry of `npm start` and `npm run dev`. */
async function main() {
  // Next's telemetry would call the internet; Cubeboard makes no outside calls at run time.
  process.env.NEXT_TELEMETRY_DISABLED ??= '1'
  const env = readEnv()
  // Without a configured address, next-auth builds its links from the Host header people used.
  if (!env.NEXTAUTH_URL) process.env.AUTH_TRUST_HOST ??= 'true'
  const dataDir = dataDirectory(env)
  const cubeboard = await startCubeboard({
    port: env.PORT,
    host: env.HOST,
    databaseUrl: env.DATABASE_URL,
    dataDir,
    authSecret: env.AUTH_SECRET,
    redisUrl: env.REDIS_URL,
    publicUrl: env.NEXTAUTH_URL,
    trustProxy: env.CUBEBOARD_TRUST_PROXY === 'on',
    rateLimits: rateLimitsFrom(env.CUBEBOARD_RATE_LIMITS),
    web: env.NODE_ENV === 'production' ? 'production' : 'development',
  })
  const where = env.DATABASE_URL ? 'PostgreSQL (DATABASE_URL)' : `embedded PGlite in ${dataDir}`
  console.info(`Cubeboard is running at ${cubeboard.url} — data in ${where}`)

  let stopping = false
  const stop = (signal: string) => {
    if (stopping) return
    stopping = true
    console.info(`${signal}: writing pending updates and stopping…`)
    cubeboard.close().then(
      () => process.exit(0),
      (error: unknown) => {
        console.error('shutdown failed', error)
        process.exit(1)
      },
    )
  }
  process.on('SIGINT', () => stop('SIGINT'))
  process.on('SIGTERM', () => stop('SIGTERM'))
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
