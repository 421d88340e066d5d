'use server'

import { revalidatePath } from 'next/cache'
import { currentUser } from '@/lib/auth/current-user'
import {
  changeMember,
  inviteToBoard,
  memberRoleSchema,
  newInviteSchema,
  revokeBoardInvite,
} from '@/lib/board-sharing'

export interface ShareState {
  error: string | null
  /** A new invite's path, shown once. */
  invitePath?: string
}

function boardIdOf(form: FormData): string {
  return String(form.get('boardId') ?? '')
}

export async function createInviteAction(
  _previous: ShareState,
  form: FormData,
): Promise<ShareState> {
  const input = newInviteSchema.safeParse({
    role: form.get('role'),
    expiresInHours: form.get('expiresInHours') || undefined,
  })
  if (!input.success) return { error: input.error.issues.map((issue) => issue.message).join('; ') }
  const made = await inviteToBoard(await currentUser(), boardIdOf(form), input.data)
  if (!made.ok) return { error: made.error }
  revalidatePath(`/b/${boardIdOf(form)}/share`)
  return { error: null, invitePath: made.value.path }
}

export async function revokeInviteAction(
  _previous: ShareState,
  form: FormData,
): Promise<ShareState> {
  const revoked = await revokeBoardInvite(
    await currentUser(),
    boardIdOf(form),
    String(form.get('inviteId') ?? ''),
  )
  if (!revoked.ok) return { error: revoked.error }
  revalidatePath(`/b/${boardIdOf(form)}/share`)
  return { error: null }
}

export async function changeMemberAction(
  _previous: ShareState,
  form: FormData,
): Promise<ShareState> {
  const memberId = String(form.get('userId') ?? '')
  let change: Parameters<typeof changeMember>[3] = 'remove'
  if (form.get('intent') !== 'remove') {
    const role = memberRoleSchema.safeParse({ role: form.get('role') })
    if (!role.success) return { error: role.error.issues.map((issue) => issue.message).join('; ') }
    change = role.data
  }
  const changed = await changeMember(await currentUser(), boardIdOf(form), memberId, change)
  if (!changed.ok) return { error: changed.error }
  revalidatePath(`/b/${boardIdOf(form)}/share`)
  return { error: null }
}
