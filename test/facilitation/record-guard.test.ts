import { describe, expect, it } from 'vitest'
import {
  checkRecordChange,
  framesLockedBySession,
  guardOf,
  lockedForParticipants,
  type RecordGuard,
} from '@/lib/facilitation/record-guard'

const participant = { userId: 'pat', facilitates: false }
const facilitator = { userId: 'fay', facilitates: true }
const guard = (parentId: string | null, meta: Record<string, unknown> = {}) =>
  guardOf({ parentId, meta })

const board = new Map<string, RecordGuard>([
  ['frame:locked', guard('page:p', { cbLock: true })],
  ['frame:open', guard('page:p')],
  ['shape:in-locked', guard('frame:locked')],
  ['shape:deep', guard('shape:in-locked')],
  ['shape:free', guard('page:p')],
  ['shape:private', guard('page:p', { cbPrivate: 'sam' })],
  ['shape:mine', guard('page:p', { cbPrivate: 'pat' })],
])
const lookup = (id: string) => board.get(id)
const context = { guardsBefore: lookup, guardsAfter: lookup, lockedFrames: new Set<string>() }
const check = (id: string, after: RecordGuard | undefined, actor = participant, ctx = context) =>
  checkRecordChange({ id, before: board.get(id), after }, actor, ctx)

describe('facilitator locks', () => {
  it('lock a shape and everything inside it, at any depth', () => {
    expect(lockedForParticipants('shape:deep', lookup, new Set())).toBe(true)
    expect(lockedForParticipants('shape:free', lookup, new Set())).toBe(false)
  })

  it('keep participants from changing, unlocking or deleting locked things', () => {
    expect(check('frame:locked', guard('page:p')).ok).toBe(false)
    expect(check('shape:deep', guard('shape:in-locked')).ok).toBe(false)
    expect(check('shape:in-locked', undefined).ok).toBe(false)
    expect(check('frame:locked', guard('page:p'), facilitator).ok).toBe(true)
  })

  it('keep participants from locking things or putting things inside what is locked', () => {
    expect(check('shape:free', guard('page:p', { cbLock: true })).ok).toBe(false)
    expect(check('shape:free', guard('frame:locked')).ok).toBe(false)
    expect(check('shape:new', guard('frame:locked')).ok).toBe(false)
    expect(check('shape:new', guard('frame:open')).ok).toBe(true)
    expect(check('shape:free', guard('frame:open')).ok).toBe(true)
  })

  it("lock the other steps' frames while a step says so", () => {
    const agenda = [
      { id: 's1', title: 'Cubes', frameId: 'frame:open', minutes: null },
      { id: 's2', title: 'Links', frameId: 'frame:other', minutes: null },
      { id: 's3', title: 'Talk', frameId: null, minutes: 5 },
    ]
    const lockedFrames = framesLockedBySession({ agenda, step: { stepId: 's1', lockOthers: true } })
    expect([...lockedFrames]).toEqual(['frame:other'])
    expect(framesLockedBySession({ agenda, step: { stepId: 's1', lockOthers: false } }).size).toBe(
      0,
    )
    const stepContext = { ...context, lockedFrames }
    expect(check('shape:new', guard('frame:other'), participant, stepContext).ok).toBe(false)
    expect(check('shape:new', guard('frame:open'), participant, stepContext).ok).toBe(true)
  })
})

describe('private items', () => {
  it('are out of reach of everyone but their author until revealed', () => {
    expect(check('shape:private', guard('page:p', { cbPrivate: 'sam' })).ok).toBe(false)
    expect(check('shape:private', undefined).ok).toBe(false)
    expect(check('shape:mine', guard('page:p', { cbPrivate: 'pat' })).ok).toBe(true)
    expect(check('shape:mine', undefined).ok).toBe(true)
  })

  it('are revealed by facilitators only, and made only in their author’s name', () => {
    expect(check('shape:mine', guard('page:p')).ok).toBe(false)
    expect(check('shape:mine', guard('page:p'), facilitator).ok).toBe(true)
    expect(check('shape:new', guard('page:p', { cbPrivate: 'sam' })).ok).toBe(false)
    expect(check('shape:new', guard('page:p', { cbPrivate: 'pat' })).ok).toBe(true)
  })
})
