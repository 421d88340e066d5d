// One board on the dashboard, with what its member may do to it from there.
'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import {
  archiveBoardAction,
  deleteBoardAction,
  duplicateBoardAction,
  renameBoardAction,
  type BoardActionState,
} from '@/app/board-actions'
import { roleNames, type BoardRole } from '@/lib/auth/board-roles'

export interface DashboardBoard {
  id: string
  title: string
  kindName: string
  role: BoardRole
  updatedAt: string
  archived: boolean
  visitors: string[]
}

const idle: BoardActionState = { error: null }

/**
 * One board on the dashboard, with what its member may do to it from here; `canCopy` when
 * this person may make boards of their own (accounts, not guests).
 */
export function BoardRow({ board, canCopy }: { board: DashboardBoard; canCopy: boolean }) {
  const [renamed, rename, renaming] = useActionState(renameBoardAction, idle)
  const [archivedState, archive, archiving] = useActionState(archiveBoardAction, idle)
  const [deleted, remove, deleting] = useActionState(deleteBoardAction, idle)
  const [copied, duplicate, copying] = useActionState(duplicateBoardAction, idle)
  const owner = board.role === 'owner'
  const error = renamed.error ?? archivedState.error ?? deleted.error ?? copied.error
  return (
    <li className="board-row">
      <div>
        <Link href={`/b/${board.id}`}>{board.title}</Link>
        <span className="muted">
          {' '}
          {board.kindName} · {roleNames[board.role]} · edited{' '}
          <time dateTime={board.updatedAt}>
            {board.updatedAt.slice(0, 16).replace('T', ' ')} UTC
          </time>
        </span>
        {board.visitors.length > 0 ? (
          <span className="muted visitors"> · who was there: {board.visitors.join(', ')}</span>
        ) : null}
      </div>
      <div className="board-row-actions">
        {canCopy ? (
          <form action={duplicate}>
            <input type="hidden" name="boardId" value={board.id} />
            <button type="submit" disabled={copying}>
              Duplicate
            </button>
          </form>
        ) : null}
        {owner ? (
          <>
            <details>
              <summary>Rename</summary>
              <form action={rename}>
                <input type="hidden" name="boardId" value={board.id} />
                <label>
                  New title{' '}
                  <input name="title" defaultValue={board.title} required maxLength={200} />
                </label>
                <button type="submit" disabled={renaming}>
                  Save title
                </button>
              </form>
            </details>
            <form action={archive}>
              <input type="hidden" name="boardId" value={board.id} />
              <input type="hidden" name="archived" value={board.archived ? 'false' : 'true'} />
              <button type="submit" disabled={archiving}>
                {board.archived ? 'Restore' : 'Archive'}
              </button>
            </form>
            <details>
              <summary>Delete…</summary>
              <form action={remove}>
                <input type="hidden" name="boardId" value={board.id} />
                <p>
                  This deletes the board, its versions and its invite links for everyone. It cannot
                  be undone.
                </p>
                <label>
                  Type the title to confirm <input name="confirm" autoComplete="off" required />
                </label>
                <button type="submit" className="danger" disabled={deleting}>
                  Delete for good
                </button>
              </form>
            </details>
          </>
        ) : null}
      </div>
      {error ? (
        <p className="form-error" role="alert">
          {error}
        </p>
      ) : null}
    </li>
  )
}
