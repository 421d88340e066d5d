// Versions of a board, checked: save one under a name, list them, restore one as a new change.
import 'server-only'
import { z } from 'zod'
import { appContext } from '../app-context'
import { authorize } from '../auth/authorize'
import type { SignedInUser } from '../auth/users'
import { refused, succeeded, type Result } from '../result'
import { isRowId, typedText } from '../validation'
import {
  findVersion,
  listVersions,
  saveVersion,
  versionNameLimit,
  versionTime,
  type BoardVersion,
} from './version-store'

export const newVersionSchema = z.object({
  name: typedText('name', versionNameLimit),
})

/** Saves the board as it stands now under a name (facilitators and the owner). */
export async function saveNamedVersion(
  actor: SignedInUser | null,
  input: { boardId: string } & z.infer<typeof newVersionSchema>,
): Promise<Result<BoardVersion>> {
  const granted = await authorize(actor, 'save-version', input.boardId)
  if (!granted.ok) return granted
  const { database, boards } = await appContext()
  const state = await boards?.state(input.boardId)
  if (!state) return refused(400, 'saving versions needs the Cubeboard server (npm start)')
  const version = await saveVersion(database.db, {
    boardId: input.boardId,
    name: input.name,
    state,
    automatic: false,
    createdBy: granted.value.user.id,
  })
  return succeeded(version)
}

/** A board's versions, newest first, for anyone who can open it. */
export async function versionsOf(
  actor: SignedInUser | null,
  input: { boardId: string },
): Promise<Result<BoardVersion[]>> {
  const granted = await authorize(actor, 'view', input.boardId)
  if (!granted.ok) return granted
  const { database } = await appContext()
  return succeeded(await listVersions(database.db, input.boardId))
}

/**
 * Restores a version as a new change everyone connected sees. The board as it stood just
 * before is saved first as a version of its own, so a restore can itself be restored away.
 */
export async function restoreVersion(
  actor: SignedInUser | null,
  input: { boardId: string; versionId: string },
): Promise<Result<{ restored: BoardVersion; before: BoardVersion | null }>> {
  const { boardId, versionId } = input
  const granted = await authorize(actor, 'restore-version', boardId)
  if (!granted.ok) return granted
  const { database, boards } = await appContext()
  const version = isRowId(versionId) ? await findVersion(database.db, boardId, versionId) : null
  if (!version) return refused(404, `board ${boardId} has no version ${versionId}`)
  if (!boards) return refused(400, 'restoring needs the Cubeboard server (npm start)')
  const current = await boards.state(boardId)
  const before = current
    ? await saveVersion(database.db, {
        boardId,
        name: `Before restoring “${version.name}” (${versionTime(new Date())})`,
        state: current,
        automatic: true,
        createdBy: granted.value.user.id,
      })
    : null
  await boards.restore(boardId, version.state)
  const { id, name, automatic, createdAt, createdByName } = version
  return succeeded({
    restored: { id, boardId, name, automatic, createdAt, createdByName },
    before,
  })
}
