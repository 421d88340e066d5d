// A board's versions on the versions page: save, open and restore.
'use client'

import Link from 'next/link'
import { useActionState } from 'react'
import { restoreVersionAction, saveVersionAction, type VersionState } from '@/app/version-actions'

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
  const row = { boardId, canRestore, restore, restoring }
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
          {foldAutomatic(versions).map((run) =>
            run.length === 1 ? (
              <VersionItem key={run[0]!.id} version={run[0]!} {...row} />
            ) : (
              <li key={run[0]!.id} className="version-fold">
                <details>
                  <summary>
                    {run.length} automatic versions ·{' '}
                    {run.at(-1)!.createdAt.slice(0, 16).replace('T', ' ')} to{' '}
                    {run[0]!.createdAt.slice(0, 16).replace('T', ' ')} UTC
                  </summary>
                  <ul className="board-list" aria-label={`${run.length} automatic versions`}>
                    {run.map((version) => (
                      <VersionItem key={version.id} version={version} {...row} />
                    ))}
                  </ul>
                </details>
              </li>
            ),
          )}
        </ul>
      )}
    </>
  )
}

/**
 * The list in runs: each named version alone, and automatic versions next to each other
 * together, so they fold away under one line and the named ones stay in sight.
 */
function foldAutomatic(versions: VersionRow[]): VersionRow[][] {
  const runs: VersionRow[][] = []
  for (const version of versions) {
    const last = runs.at(-1)
    if (version.automatic && last?.[0]?.automatic) last.push(version)
    else runs.push([version])
  }
  return runs
}

function VersionItem(props: {
  version: VersionRow
  boardId: string
  canRestore: boolean
  restore: (form: FormData) => void
  restoring: boolean
}) {
  const { version, boardId, canRestore, restore, restoring } = props
  return (
    <li className="board-row">
      <div>
        <Link href={`/b/${boardId}/versions/${version.id}`}>{version.name}</Link>
        <span className="muted">
          {' '}
          {version.automatic
            ? 'automatic'
            : `saved by ${version.createdByName ?? 'someone'}`} ·{' '}
          {version.createdAt.slice(0, 16).replace('T', ' ')} UTC
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
}
