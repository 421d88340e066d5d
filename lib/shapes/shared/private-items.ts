// The records a person may see: someone else's private items are left out.
import type { Editor } from 'tldraw'
import { hiddenFrom } from '@/lib/facilitation/record-guard'

/**
 * The records this person may see: someone else's private items (made in private mode, not
 * revealed yet) are left out. The user id is the signed-in member's (the board sets it as
 * tldraw's user id).
 */
export function visibleTo<T extends { meta: Record<string, unknown> }>(
  editor: Editor,
  records: T[],
): T[] {
  const userId = editor.user.getExternalId()
  return records.filter((record) => !hiddenFrom(record, userId))
}
