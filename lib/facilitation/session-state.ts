/**
 * The live facilitation session as it lives in a board's doc: agenda, timer, follow, private
 * mode, vote.
 */
import type * as Y from 'yjs'
import { z } from 'zod'
import type { SessionWrite } from './session-moves'

/**
 * The live facilitation session of a board: agenda, timer, who everyone follows, private
 * mode, spotlight and the dot vote. It lives in the board's Y.Doc (the `cb_session` map, one
 * entry per field) so it reaches everyone, survives reloads and travels between instances;
 * the sync server lets only facilitators change it, except each person's own ballot.
 */
export const sessionMapName = 'cb_session'

const id = z.string().min(1).max(200)
const title = z.string().max(200)

export const agendaStepSchema = z.object({
  id,
  title,
  /** The frame the step is about; starting the step brings everyone there. */
  frameId: id.nullable(),
  minutes: z
    .number()
    .positive()
    .max(24 * 60)
    .nullable(),
})
export type AgendaStep = z.infer<typeof agendaStepSchema>

export const timerSchema = z.union([
  z.object({ state: z.literal('running'), durationMs: z.number().min(0), endsAt: z.number() }),
  z.object({
    state: z.literal('paused'),
    durationMs: z.number().min(0),
    remainingMs: z.number().min(0),
  }),
])
export type Timer = z.infer<typeof timerSchema>

export const currentStepSchema = z.object({
  stepId: id,
  /** Participants may not change anything inside the other steps' frames meanwhile. */
  lockOthers: z.boolean(),
})
export type CurrentStep = z.infer<typeof currentStepSchema>

export const followSchema = z.object({
  /** The presence user id everyone's view follows (tldraw's follow mode). */
  userId: id,
  name: title,
})
export type Follow = z.infer<typeof followSchema>

export const spotlightSchema = z.object({ shapeIds: z.array(id).min(1).max(500) })
export type Spotlight = z.infer<typeof spotlightSchema>

export const voteSchema = z.object({
  id,
  title,
  /** Dots each person may place. */
  budget: z.number().int().min(1).max(100),
  anonymous: z.boolean(),
  status: z.enum(['open', 'closed']),
})
export type Vote = z.infer<typeof voteSchema>

/** One person's dots in one vote: target record id → dots placed on it. */
export const ballotSchema = z.object({
  voteId: id,
  name: title,
  dots: z.record(id, z.number().int().min(1).max(100)),
})
export type Ballot = z.infer<typeof ballotSchema>

/** The key of a person's ballot in the session map: each writes only their own. */
export const ballotKeyPrefix = 'ballot:'
export function ballotKey(userId: string): string {
  return `${ballotKeyPrefix}${userId}`
}

/**
 * The keys the server writes with how many private items each member has waiting for the
 * reveal (a count, nothing of their content: the items are in the members' private rooms).
 */
export const privateCountKeyPrefix = 'privateItems:'
export function privateCountKey(memberId: string): string {
  return `${privateCountKeyPrefix}${memberId}`
}
const privateCountSchema = z.number().int().min(1).max(1_000_000)

export interface SessionState {
  agenda: AgendaStep[]
  step: CurrentStep | null
  timer: Timer | null
  follow: Follow | null
  privateMode: boolean
  spotlight: Spotlight | null
  vote: Vote | null
  /**
   * Ballot id → ballot. The ballot id is the voter's user id, except in an anonymous vote:
   * there the server writes each ballot under a pseudonym only it can tie to a member.
   */
  ballots: Map<string, Ballot>
  /** How many private items wait for the facilitator's reveal, all members together. */
  privateItems: number
}

const fieldSchemas = {
  agenda: z.array(agendaStepSchema).max(50),
  step: currentStepSchema.nullable(),
  timer: timerSchema.nullable(),
  follow: followSchema.nullable(),
  privateMode: z.boolean(),
  spotlight: spotlightSchema.nullable(),
  vote: voteSchema.nullable(),
}
export type SessionField = keyof typeof fieldSchemas
export const sessionFields = Object.keys(fieldSchemas) as SessionField[]

/** What each field reads as when it is missing or unreadable. */
const fieldDefaults: { [F in SessionField]: SessionState[F] } = {
  agenda: [],
  step: null,
  timer: null,
  follow: null,
  privateMode: false,
  spotlight: null,
  vote: null,
}

/** Whether a session map entry's value is well formed; the sync server refuses it if not. */
export function validSessionEntry(key: string, value: unknown): boolean {
  if (key.startsWith(ballotKeyPrefix)) return ballotSchema.safeParse(value).success
  if (key.startsWith(privateCountKeyPrefix)) return privateCountSchema.safeParse(value).success
  if (key in fieldSchemas) return fieldSchemas[key as SessionField].safeParse(value).success
  return false
}

/** The session held by a `cb_session` map's entries (as JSON); bad entries read as unset. */
export function readSession(entries: Record<string, unknown>): SessionState {
  const session = {
    ...fieldDefaults,
    ballots: new Map<string, Ballot>(),
    privateItems: 0,
  } as SessionState
  for (const field of sessionFields) {
    const parsed = fieldSchemas[field].safeParse(entries[field])
    if (parsed.success) (session as unknown as Record<string, unknown>)[field] = parsed.data
  }
  for (const [key, value] of Object.entries(entries)) {
    if (key.startsWith(privateCountKeyPrefix)) {
      const count = privateCountSchema.safeParse(value)
      if (count.success) session.privateItems += count.data
      continue
    }
    if (!key.startsWith(ballotKeyPrefix)) continue
    const ballot = ballotSchema.safeParse(value)
    if (ballot.success) session.ballots.set(key.slice(ballotKeyPrefix.length), ballot.data)
  }
  return session
}

/** Writes session entries into a board's doc in one change (`undefined` removes an entry). */
export function writeSession(doc: Y.Doc, write: SessionWrite, origin?: unknown): void {
  const map = doc.getMap<unknown>(sessionMapName)
  doc.transact(() => {
    for (const [key, value] of Object.entries(write)) {
      if (value === undefined) map.delete(key)
      else map.set(key, value)
    }
  }, origin)
}
