// A board's members on the share page; the owner changes roles and removes people.
'use client'

import { useActionState } from 'react'
import { changeMemberAction, type ShareState } from '@/app/share-actions'
import { assignableRoles, roleNames, type BoardRole } from '@/lib/auth/board-roles'

export interface MemberRow {
  userId: string
  name: string
  guest: boolean
  role: BoardRole
}

/** Who is on the board; the owner changes roles and removes people. */
export function MemberList(props: {
  boardId: string
  members: MemberRow[]
  canManage: boolean
  me: string
}) {
  const [state, change] = useActionState(changeMemberAction, { error: null } as ShareState)
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">Members</h2>
      <ul className="member-list" aria-label="Members">
        {props.members.map((member) => (
          <li key={member.userId}>
            <span>
              {member.name}
              {member.guest ? ' (guest)' : ''}
              {member.userId === props.me ? ' (you)' : ''}
            </span>
            {props.canManage && member.role !== 'owner' ? (
              <form action={change}>
                <input type="hidden" name="boardId" value={props.boardId} />
                <input type="hidden" name="userId" value={member.userId} />
                <select
                  name="role"
                  defaultValue={member.role}
                  aria-label={`Role of ${member.name}`}
                >
                  {assignableRoles.map((role) => (
                    <option key={role} value={role}>
                      {roleNames[role]}
                    </option>
                  ))}
                </select>
                <button type="submit" name="intent" value="change">
                  Change role
                </button>
                <button type="submit" name="intent" value="remove" className="danger">
                  Remove {member.name}
                </button>
              </form>
            ) : (
              <span className="muted">{roleNames[member.role]}</span>
            )}
          </li>
        ))}
      </ul>
      {state.error ? (
        <p className="form-error" role="alert">
          {state.error}
        </p>
      ) : null}
    </section>
  )
}
