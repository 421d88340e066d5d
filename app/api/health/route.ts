// GET /api/health: whether the server and its database answer.
import { appContext } from '@/lib/app-context'
import { pingDatabase } from '@/lib/db/client'
import { jsonError } from '@/lib/http/json'
import { errorMessage } from '@/lib/error-message'

export const dynamic = 'force-dynamic'

/** How long the database may take to answer: health itself answers within a second. */
const databaseTimeoutMs = 800

/** 200 when the database answers, 503 when it does not (within 800 ms). */
export async function GET() {
  try {
    const { database } = await appContext()
    await pingDatabase(database.db, databaseTimeoutMs)
    return Response.json({ status: 'ok', database: database.driver })
  } catch (error) {
    return jsonError(503, `database unavailable: ${errorMessage(error)}`)
  }
}
