// The rule that the board's schema record (`tl_meta`) is the server's: no participant changes it.
import type { Verdict } from '@/lib/facilitation/session-rules'

/**
 * Whether a participant's change may stand, given whether it touched the doc's `tl_meta`.
 * The schema there tells every browser how to read the records: only the server writes
 * it, when it migrates a board to the app's schema. A participant who bumped it would turn
 * the board read-only in every browser; anyone's change to it is undone, facilitators'
 * included.
 */
export function boardSchemaUntouched(touchedSchema: boolean): Verdict {
  if (!touchedSchema) return { ok: true }
  return { ok: false, reason: "the board's schema (tl_meta) is kept by the server" }
}
