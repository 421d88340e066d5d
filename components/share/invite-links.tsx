// A board's invite links on the share page: make, copy and revoke.
'use client'

import { useActionState, useState } from 'react'
import { createInviteAction, revokeInviteAction, type ShareState } from '@/app/share-actions'
import { roleNames, type InvitableRole } from '@/lib/auth/board-roles'

export interface InviteRow {
  id: string
  role: InvitableRole
  createdAt: string
  expiresAt: string | null
  revokedAt: string | null
  uses: number
}

const idle: ShareState = { error: null }

function when(iso: string): string {
  return `${iso.slice(0, 16).replace('T', ' ')} UTC`
}

/** Make, copy and revoke a board's invite links. */
export function InviteLinks({ boardId, invites }: { boardId: string; invites: InviteRow[] }) {
  const [made, create, creating] = useActionState(createInviteAction, idle)
  const [revoked, revoke] = useActionState(revokeInviteAction, idle)
  const [copied, setCopied] = useState(false)
  // Only set after the action ran in this browser, so `window` is there.
  const link = made.invitePath ? new URL(made.invitePath, window.location.origin).href : null
  return (
    <section aria-labelledby="invites-heading">
      <h2 id="invites-heading">Invite links</h2>
      <form action={create} className="invite-form">
        <input type="hidden" name="boardId" value={boardId} />
        <label>
          Role{' '}
          <select name="role" defaultValue="editor">
            <option value="editor">Editor: can change the board</option>
            <option value="viewer">Viewer: can only look</option>
            <option value="facilitator">Facilitator: can run the session</option>
          </select>
        </label>
        <label>
          Expires after{' '}
          <select name="expiresInHours" defaultValue="">
            <option value="">never (until revoked)</option>
            <option value="2">2 hours</option>
            <option value="24">1 day</option>
            <option value="168">1 week</option>
          </select>
        </label>
        <button type="submit" disabled={creating}>
          Create invite link
        </button>
      </form>
      {link ? (
        <p className="new-invite">
          <label>
            New invite link (shown once){' '}
            <input readOnly value={link} aria-label="New invite link" size={60} />
          </label>{' '}
          <button
            type="button"
            onClick={() => void navigator.clipboard?.writeText(link).then(() => setCopied(true))}
          >
            {copied ? 'Copied' : 'Copy link'}
          </button>
        </p>
      ) : null}
      {(made.error ?? revoked.error) ? (
        <p className="form-error" role="alert">
          {made.error ?? revoked.error}
        </p>
      ) : null}
      {invites.length > 0 ? (
        <table className="share-table">
          <thead>
            <tr>
              <th>Role</th>
              <th>Made</th>
              <th>Expires</th>
              <th>Joined with it</th>
              <th />
            </tr>
          </thead>
          <tbody>
            {invites.map((invite) => (
              <tr key={invite.id}>
                <td>{roleNames[invite.role]}</td>
                <td>{when(invite.createdAt)}</td>
                <td>{invite.expiresAt ? when(invite.expiresAt) : 'never'}</td>
                <td>{invite.uses}</td>
                <td>
                  {invite.revokedAt ? (
                    'revoked'
                  ) : (
                    <form action={revoke}>
                      <input type="hidden" name="boardId" value={boardId} />
                      <input type="hidden" name="inviteId" value={invite.id} />
                      <button type="submit">Revoke</button>
                    </form>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      ) : null}
    </section>
  )
}
