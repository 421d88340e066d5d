// A board's versions on the versions page: save, open and restore; automatic ones folded.
'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { restoreVersionAction, saveVersionAction, type VersionState } from '@/app/version-actions'
import { foldedRuns } from '@/lib/versions/version-runs'

export interface VersionRow {
  id: string
  name: string
  automatic: boolean
  createdAt: string
  createdByName: string | null
}

const idle: VersionState = { error: null }

/** Save, open and restore versions of a board. */
export function VersionList(props: {
  boardId: string
  versions: VersionRow[]
  canRestore: boolean
}) {
  const [saved, save, saving] = useActionState(saveVersionAction, idle)
  const [restored, restore, restoring] = useActionState(restoreVersionAction, idle)
  const { boardId, versions, canRestore } = props
  const row = (version: VersionRow) => (
    <li key={version.id} className="board-row">
      <div>
        <Link href={`/b/${boardId}/versions/${version.id}`}>{version.name}</Link>
        <span className="muted">
          {' '}
          {version.automatic
            ? 'automatic'
            : `saved by ${version.createdByName ?? 'someone'}`} · {when(version)} UTC
        </span>
      </div>
      {canRestore ? (
        <form action={restore}>
          <input type="hidden" name="boardId" value={boardId} />
          <input type="hidden" name="versionId" value={version.id} />
          <button type="submit" disabled={restoring} aria-label={`Restore ${version.name}`}>
            Restore
          </button>
        </form>
      ) : null}
    </li>
  )
  return (
    <>
      {canRestore ? (
        <form action={save} className="create-board">
          <input type="hidden" name="boardId" value={boardId} />
          <label htmlFor="version-name" className="visually-hidden">
            Version name
          </label>
          <input
            id="version-name"
            name="name"
            placeholder="Version name, e.g. after workshop 1"
            required
            maxLength={120}
          />
          <button type="submit" disabled={saving}>
            Save version
          </button>
        </form>
      ) : null}
      {(saved.error ?? restored.error) ? (
        <p className="form-error" role="alert">
          {saved.error ?? restored.error}
        </p>
      ) : null}
      {versions.length === 0 ? (
        <p className="muted">No versions yet. One is saved by itself when a session ends.</p>
      ) : (
        <ul className="board-list" aria-label="Versions">
          {foldedRuns(versions).map((run) =>
            run.length === 1 ? (
              row(run[0]!)
            ) : (
              <li key={run[0]!.id} className="version-fold">
                <details>
                  <summary>
                    {run.length} automatic versions{' '}
                    <span className="muted">
                      · {when(run[run.length - 1]!)} – {when(run[0]!)} UTC
                    </span>
                  </summary>
                  <ul className="board-list">{run.map(row)}</ul>
                </details>
              </li>
            ),
          )}
        </ul>
      )}
    </>
  )
}

/** "2026-12-03 09:30": when a version was saved. */
function when(version: VersionRow): string {
  return version.createdAt.slice(0, 16).replace('T', ' ')
}
