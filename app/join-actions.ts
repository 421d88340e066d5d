// Server actions of invite links: join as a guest by name, or as the person signed in.
'use server'

import { redirect } from 'next/navigation'
import { currentUser } from '@/lib/auth/current-user'
import { joinAsMember } from '@/lib/sharing/invite-join'

export interface JoinState {
  error: string | null
}

/** A signed-in person joins a board from an invite link. */
export async function joinAsMemberAction(_previous: JoinState, form: FormData): Promise<JoinState> {
  const secret = String(form.get('secret') ?? '')
  const joined = await joinAsMember(await currentUser(), { secret })
  if (!joined.ok) return { error: joined.error }
  redirect(`/b/${joined.value.id}`)
}
