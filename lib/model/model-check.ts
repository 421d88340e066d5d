/**
 * Every problem of a model file (see problems.ts): each section's rules, ids that name one
 * record each, votes once per thing, and text the database can store.
 */
import type { BoardModel } from './board-model'
import { jsonPath, ModelProblems, type ModelProblem } from './problems'
import { modelSections } from './sections'

/** What is wrong with a model that is well-formed JSON of the right shape; empty when nothing. */
export function modelProblems(model: BoardModel): ModelProblem[] {
  const problems = new ModelProblems()
  checkStorableText(model, problems)
  checkIds(model, problems)
  for (const section of modelSections) section.check(model, problems)
  checkVotes(model, problems)
  return problems.found
}

function checkIds(model: BoardModel, problems: ModelProblems): void {
  const seen = new Map<string, string>()
  for (const { at, id } of modelSections.flatMap((section) => section.recordIds(model))) {
    const first = seen.get(id)
    if (first) {
      problems.add(
        at,
        'unique-id',
        `the id "${id}" is already used by ${first}: every record of a board has an id of its own`,
      )
    } else seen.set(id, jsonPath(at.slice(0, -1)))
  }
  const departments = new Set<string>()
  model.departments.forEach((department, at) => {
    if (departments.has(department.id)) {
      problems.add(
        ['departments', at, 'id'],
        'unique-id',
        `two departments have the id "${department.id}" (names that differ only in case or spaces are one department)`,
      )
    }
    departments.add(department.id)
  })
}

function checkVotes(model: BoardModel, problems: ModelProblems): void {
  const tallies = new Set<string>()
  model.votes.forEach((tally, at) => {
    const key = `${tally.vote}\n${tally.targetId}`
    if (tallies.has(key)) {
      problems.add(
        ['votes', at],
        'vote-once',
        `vote "${tally.vote}" already gives dots to "${tally.targetId}" in the file`,
      )
    }
    tallies.add(key)
  })
}

/** A NUL character or half of a surrogate pair: text PostgreSQL's text and jsonb refuse. */
const unstorable = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/

/** Whether a text can be stored as it is (in PostgreSQL text and jsonb). */
export function isStorableText(text: string): boolean {
  return !unstorable.test(text)
}

/**
 * A JSON value as text PostgreSQL can store: a NUL character or half a surrogate pair that
 * someone typed on the live board becomes U+FFFD (the replacement character), so one odd
 * keystroke never keeps a board's model, exports or visits from being saved. Imports refuse
 * such text instead (`storable-text`); the live board cannot refuse a keystroke already
 * shown to everyone.
 */
export function storableJson(value: unknown): string {
  return JSON.stringify(value, (_key, entry: unknown) =>
    typeof entry === 'string' && !isStorableText(entry)
      ? entry.replace(new RegExp(unstorable.source, 'g'), '\uFFFD')
      : entry,
  )
}

/** A copy of a JSON value whose texts PostgreSQL can store (see `storableJson`). */
export function storableCopy<T>(value: T): T {
  return JSON.parse(storableJson(value)) as T
}

function checkStorableText(
  value: unknown,
  problems: ModelProblems,
  path: PropertyKey[] = [],
): void {
  if (typeof value === 'string') {
    if (!isStorableText(value)) {
      problems.add(
        path as (string | number)[],
        'storable-text',
        'the text holds a NUL character (U+0000) or half of a surrogate pair, which cannot be stored; remove it',
      )
    }
    return
  }
  if (Array.isArray(value)) {
    value.forEach((entry, at) => checkStorableText(entry, problems, [...path, at]))
    return
  }
  if (value && typeof value === 'object') {
    for (const [key, entry] of Object.entries(value)) {
      checkStorableText(entry, problems, [...path, key])
    }
  }
}
