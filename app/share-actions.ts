// Server actions of the share page: make and revoke invite links, change and remove members.
'use server'

import { revalidatePath } from 'next/cache'
import { currentUser } from '@/lib/auth/current-user'
import type { Result } from '@/lib/result'
import {
  changeMember,
  inviteToBoard,
  memberRoleSchema,
  newInviteSchema,
  revokeBoardInvite,
  type MembershipChange,
} from '@/lib/sharing/sharing-use-cases'
import { validate } from '@/lib/validation'

export interface ShareState {
  error: string | null
  /** A new invite's path, shown once. */
  invitePath?: string
}

function boardIdOf(form: FormData): string {
  return String(form.get('boardId') ?? '')
}

/** The share page shows the change, or the form says why there was none. */
function sharePageState(boardId: string, result: Result<null>): ShareState {
  if (!result.ok) return { error: result.error }
  revalidatePath(`/b/${boardId}/share`)
  return { error: null }
}

export async function createInviteAction(
  _previous: ShareState,
  form: FormData,
): Promise<ShareState> {
  const input = validate(newInviteSchema, {
    role: form.get('role'),
    expiresInHours: form.get('expiresInHours') || undefined,
  })
  if (!input.ok) return { error: input.error }
  const boardId = boardIdOf(form)
  const made = await inviteToBoard(await currentUser(), { boardId, ...input.value })
  if (!made.ok) return { error: made.error }
  revalidatePath(`/b/${boardId}/share`)
  return { error: null, invitePath: made.value.path }
}

export async function revokeInviteAction(
  _previous: ShareState,
  form: FormData,
): Promise<ShareState> {
  const boardId = boardIdOf(form)
  const input = { boardId, inviteId: String(form.get('inviteId') ?? '') }
  return sharePageState(boardId, await revokeBoardInvite(await currentUser(), input))
}

export async function changeMemberAction(
  _previous: ShareState,
  form: FormData,
): Promise<ShareState> {
  let change: MembershipChange = 'remove'
  if (form.get('intent') !== 'remove') {
    const role = validate(memberRoleSchema, { role: form.get('role') })
    if (!role.ok) return { error: role.error }
    change = role.value
  }
  const boardId = boardIdOf(form)
  const input = { boardId, memberId: String(form.get('userId') ?? ''), change }
  return sharePageState(boardId, await changeMember(await currentUser(), input))
}
