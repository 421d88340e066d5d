import { appContext } from './app-context'
import { checkBoardAccess } from './auth/access-check'
import type { SignedInUser } from './auth/users'
import type { Shared } from './board-sharing'
import { findVersion, listVersions, saveVersion, versionTime, type BoardVersion } from './versions'

/** Saves the board as it stands now under a name (facilitators and the owner). */
export async function saveNamedVersion(
  user: SignedInUser | null,
  boardId: string,
  name: string,
): Promise<Shared<BoardVersion>> {
  const { database, boards } = await appContext()
  const checked = await checkBoardAccess(database.db, user, boardId, 'save-version')
  if (!checked.ok) return checked
  const trimmed = name.trim()
  if (!trimmed) return { ok: false, status: 400, error: 'a version needs a name' }
  const state = await boards?.state(boardId)
  if (!state)
    return {
      ok: false,
      status: 400,
      error: 'saving versions needs the Cubeboard server (npm start)',
    }
  const version = await saveVersion(database.db, {
    boardId,
    name: trimmed,
    state,
    automatic: false,
    createdBy: checked.user.id,
  })
  return { ok: true, value: version }
}

export async function versionsOf(
  user: SignedInUser | null,
  boardId: string,
): Promise<Shared<BoardVersion[]>> {
  const { database } = await appContext()
  const checked = await checkBoardAccess(database.db, user, boardId, 'view')
  if (!checked.ok) return checked
  return { ok: true, value: await listVersions(database.db, boardId) }
}

/**
 * Restores a version as a new change everyone connected sees. The board as it stood just
 * before is saved first as a version of its own, so a restore can itself be restored away.
 */
export async function restoreVersion(
  user: SignedInUser | null,
  boardId: string,
  versionId: string,
): Promise<Shared<{ restored: BoardVersion; before: BoardVersion | null }>> {
  const { database, boards } = await appContext()
  const checked = await checkBoardAccess(database.db, user, boardId, 'restore-version')
  if (!checked.ok) return checked
  const version = await findVersion(database.db, boardId, versionId)
  if (!version)
    return { ok: false, status: 404, error: `board ${boardId} has no version ${versionId}` }
  if (!boards)
    return { ok: false, status: 400, error: 'restoring needs the Cubeboard server (npm start)' }
  const current = await boards.state(boardId)
  const before = current
    ? await saveVersion(database.db, {
        boardId,
        name: `Before restoring “${version.name}” (${versionTime(new Date())})`,
        state: current,
        automatic: true,
        createdBy: checked.user.id,
      })
    : null
  await boards.restore(boardId, version.state)
  const { id, name, automatic, createdAt, createdByName } = version
  return {
    ok: true,
    value: { restored: { id, boardId, name, automatic, createdAt, createdByName }, before },
  }
}
