// GET /api/health: whether the server and its database answer.
import { sql } from 'drizzle-orm'
import { appContext } from '@/lib/app-context'
import { jsonError } from '@/lib/http/json'
import { errorMessage } from '@/lib/error-message'

export const dynamic = 'force-dynamic'

/** 200 when the database answers. */
export async function GET() {
  try {
    const { database } = await appContext()
    await database.db.execute(sql`select 1`)
    return Response.json({ status: 'ok', database: database.driver })
  } catch (error) {
    return jsonError(503, `database unavailable: ${errorMessage(error)}`)
  }
}
