// The analyses of stored models, kept in memory and worked out again as each new model is stored.
import type { ModelQuestion } from '@/lib/model'
import type { ModelWorker } from './model-worker'

/** Characters of analysis JSON kept in all (a 5,000-cube board's analysis is about 50 MB). */
const defaultLimitChars = 256 * 1024 * 1024

/** At most this many questions per board are answered again when its model changes. */
const questionsKeptWarm = 4

interface Entry {
  boardId: string
  question: ModelQuestion
  derivedAt: number
  json: string
}

/**
 * Answers an analysis question of a stored model from memory when the same model was asked
 * before, and works out the questions a board was asked again, in the model worker, as soon
 * as a new model of it is stored — so a script polling a 5,000-cube board's analysis gets
 * it in the time it takes to send it, not the seconds of working it out. Bounded by total
 * size; the least recently asked go first.
 */
export class StoredAnalyses {
  /** By board and question; a Map's order is the order of last use. */
  private readonly entries = new Map<string, Entry>()
  /** Answers being worked out, by question and model: a second ask waits for the first. */
  private readonly working = new Map<string, Promise<string>>()
  private chars = 0

  constructor(
    private readonly worker: Pick<ModelWorker, 'analyse'>,
    private readonly limitChars = defaultLimitChars,
  ) {}

  /** The analysis of the model stored at `derivedAt`, if it was worked out already. */
  cached(boardId: string, derivedAt: Date, question: ModelQuestion): string | undefined {
    const key = keyOf(boardId, question)
    const entry = this.entries.get(key)
    if (!entry || entry.derivedAt !== derivedAt.getTime()) return undefined
    this.entries.delete(key)
    this.entries.set(key, entry)
    return entry.json
  }

  /**
   * Works the answer out in the worker and keeps it (refusals are thrown, not kept); an ask
   * while the same answer is being worked out waits for it instead of asking the worker again.
   */
  analyse(
    boardId: string,
    derivedAt: Date,
    modelJson: string,
    question: ModelQuestion,
  ): Promise<string> {
    const key = keyOf(boardId, question)
    const of = `${key} ${derivedAt.getTime()}`
    const already = this.working.get(of)
    if (already) return already
    const working = this.worker
      .analyse(modelJson, question)
      .then((json) => {
        this.keep(key, { boardId, question, derivedAt: derivedAt.getTime(), json })
        return json
      })
      .finally(() => this.working.delete(of))
    this.working.set(of, working)
    return working
  }

  /**
   * A new model of the board was stored: the questions it was asked are answered again, and
   * those of `also` (a board just imported or made from a template: its whole analysis, so
   * the first ask finds it).
   */
  modelStored(
    boardId: string,
    modelJson: string,
    derivedAt: Date,
    also: readonly ModelQuestion[] = [],
  ): void {
    const asked = [...this.entries]
      .filter(([, entry]) => entry.boardId === boardId && entry.derivedAt < derivedAt.getTime())
      .slice(-questionsKeptWarm)
    const questions = new Map(asked.map(([key, { question }]) => [key, question]))
    for (const question of also) questions.set(keyOf(boardId, question), question)
    for (const [key, question] of questions) {
      // A question the new model cannot answer (a deleted cube) is simply dropped.
      this.analyse(boardId, derivedAt, modelJson, question).catch(() => this.drop(key))
    }
  }

  private keep(key: string, entry: Entry): void {
    const earlier = this.entries.get(key)
    // An answer worked out for an older model never replaces a newer one.
    if (earlier && earlier.derivedAt > entry.derivedAt) return
    this.drop(key)
    if (entry.json.length > this.limitChars) return
    this.entries.set(key, entry)
    this.chars += entry.json.length
    for (const [oldest] of this.entries) {
      if (this.chars <= this.limitChars) break
      this.drop(oldest)
    }
  }

  private drop(key: string): void {
    const entry = this.entries.get(key)
    if (!entry) return
    this.entries.delete(key)
    this.chars -= entry.json.length
  }
}

/** "<boardId> <question as JSON>", the question's fields in one order. */
function keyOf(boardId: string, { impactOf, cube }: ModelQuestion): string {
  return `${boardId} ${JSON.stringify({ impactOf, cube })}`
}
