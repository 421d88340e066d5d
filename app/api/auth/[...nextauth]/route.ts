// next-auth's routes (sign-in, callbacks, sign-out), with the providers this server offers.
import type { NextRequest } from 'next/server'
import NextAuth from 'next-auth'
import { appContext } from '@/lib/app-context'
import { authOptions } from '@/lib/auth/auth-options'
import { checkedAuthRequest } from '@/lib/auth/auth-request'
import { refusalResponse } from '@/lib/http/json'
import { readEnv } from '@/lib/env'

export const dynamic = 'force-dynamic'

/** next-auth's endpoints: sign-in, callbacks, email links, session, sign-out. */
async function handler(request: NextRequest, context: RouteContext<'/api/auth/[...nextauth]'>) {
  const checked = await checkedAuthRequest(request)
  if (!checked.ok) return refusalResponse(checked)
  return NextAuth(checked.value, context, authOptions(await appContext(), readEnv()))
}

export { handler as GET, handler as POST }
