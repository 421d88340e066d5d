'use server'

import { redirect } from 'next/navigation'
import { appContext } from '@/lib/app-context'
import { currentUser } from '@/lib/auth/current-user'
import { joinByInvite } from '@/lib/auth/invite-join'

export interface JoinState {
  error: string | null
}

/** A signed-in person joins a board from an invite link. */
export async function joinAsMemberAction(_previous: JoinState, form: FormData): Promise<JoinState> {
  const user = await currentUser()
  if (!user) return { error: 'sign in first, or join as a guest with your name' }
  const { database } = await appContext()
  const joined = await joinByInvite(database.db, String(form.get('secret') ?? ''), async () => user)
  if (!joined.ok) return { error: joined.reason }
  redirect(`/b/${joined.board.id}`)
}
