// Model work (deriving a board's model, analysing it) in a worker thread, off the event loop.
import { Worker } from 'node:worker_threads'
import type { Seed, SeedSource } from '@/lib/app-context'
import type { NewBoard, NewBoardText } from '@/lib/boards/new-board'
import { succeeded, type Refusal, type Result } from '@/lib/result'
import type { ModelMatch, ModelQuestion } from '@/lib/model'

/**
 * What the worker does: derive a model from a doc's updates, analyse a model, seed a new
 * board, fold a board's stored updates into one (its compaction).
 */
export type ModelTask =
  | { kind: 'derive'; updates: Uint8Array[] }
  | { kind: 'analyse'; modelJson: string; question: ModelQuestion }
  | { kind: 'seed'; from: SeedSource }
  | { kind: 'new-board'; text: NewBoardText }
  | { kind: 'search'; query: string; modelJsons: string[] }
  | { kind: 'fold'; updates: Uint8Array[] }

/**
 * What a task gives: JSON text (a model or an analysis), a new board's first update, a
 * folded state's pieces, and for a new board sent as JSON, the board as read or why it is
 * refused.
 */
export interface ModelTaskAnswer {
  json: string
  update?: Uint8Array
  pieces?: Uint8Array[]
  newBoard?: { ok: true; board: NewBoard } | Refusal
}

/** The worker's answer to a task, or why it failed (`refused`: the task asked for something the model lacks). */
export type ModelTaskReply =
  | ({ id: number; ok: true } & ModelTaskAnswer)
  | { id: number; ok: false; error: string; refused: RefusedStatus | null }

/** Why a task is refused: 404 it names something the board lacks, 413 its answer is too large. */
export type RefusedStatus = 404 | 413

/** A task the model cannot answer, e.g. the impact of an id nothing on the board has. */
export class ModelTaskRefused extends Error {
  constructor(
    message: string,
    readonly status: RefusedStatus,
  ) {
    super(message)
  }
}

/**
 * The thread's entry: tsx compiles the thread's TypeScript, as it does the server's (npm
 * start and tests alike). Node 20 does not apply `--import` to a worker, so the thread
 * registers tsx (and the server's 'server-only' resolution) itself before it loads its module.
 */
const threadEntry = new URL(
  'data:text/javascript,' +
    encodeURIComponent(
      `import { register } from ${JSON.stringify(import.meta.resolve('tsx/esm/api'))};` +
        'register();' +
        `await import(${JSON.stringify(new URL('../outside-next.mjs', import.meta.url).href)});` +
        `await import(${JSON.stringify(new URL('./model-worker-thread.ts', import.meta.url).href)});`,
    ),
)

/**
 * One worker thread doing model work in order. Deriving the model of a 2,000-cube board
 * takes seconds; on the server's own thread it would hold up live sync and health for
 * everyone, so it happens here and the server only moves the text. The thread starts on
 * the first task and is restarted if it dies.
 */
export class ModelWorker {
  private worker: Worker | null = null
  private nextId = 0
  private readonly waiting = new Map<
    number,
    {
      resolve: (reply: ModelTaskAnswer) => void
      reject: (error: Error) => void
    }
  >()

  /** The model JSON the updates hold (storable: see lib/model `storableJson`). */
  async derive(updates: Uint8Array[]): Promise<string> {
    return (await this.run({ kind: 'derive', updates })).json
  }

  /** The state that holds all of `updates`, in pieces (a board's log folded into its snapshot). */
  async fold(updates: Uint8Array[]): Promise<Uint8Array[]> {
    return (await this.run({ kind: 'fold', updates })).pieces!
  }

  /** A new board's first update and its model JSON (see `BoardSeeds`). */
  async seed(from: SeedSource): Promise<Seed> {
    const { json, update } = await this.run({ kind: 'seed', from })
    return { update: update!, modelJson: json }
  }

  /** A new board sent as JSON, read, checked and seeded here (see `BoardSeeds`). */
  async newBoard(text: NewBoardText): Promise<Result<{ board: NewBoard; seed?: Seed }>> {
    const { json, update, newBoard } = await this.run({ kind: 'new-board', text })
    if (!newBoard!.ok) return newBoard!
    const { board } = newBoard!
    return succeeded(update ? { board, seed: { update, modelJson: json } } : { board })
  }

  /** The analysis of a model JSON answering `question` (see lib/model `modelAnswer`), as JSON. */
  async analyse(modelJson: string, question: ModelQuestion = {}): Promise<string> {
    return (await this.run({ kind: 'analyse', modelJson, question })).json
  }

  /** What each model (JSON text) has matching `query`, in order (lib/model `searchModel`). */
  async search(query: string, modelJsons: string[]): Promise<ModelMatch[][]> {
    const { json } = await this.run({ kind: 'search', query, modelJsons })
    return JSON.parse(json) as ModelMatch[][]
  }

  /**
   * Starts the thread now, so its first task does not wait for it to load (compiling the
   * model's modules takes seconds on a busy machine).
   */
  start(): void {
    this.thread()
  }

  /** Stops the thread; tasks still waiting fail. */
  async close(): Promise<void> {
    const worker = this.worker
    this.worker = null
    await worker?.terminate()
  }

  private run(task: ModelTask): Promise<ModelTaskAnswer> {
    const id = this.nextId++
    return new Promise((resolve, reject) => {
      this.waiting.set(id, { resolve, reject })
      this.thread().postMessage({ id, task })
    })
  }

  private thread(): Worker {
    if (this.worker) return this.worker
    const worker = new Worker(threadEntry)
    worker.unref()
    worker.on('message', (reply: ModelTaskReply) => {
      const task = this.waiting.get(reply.id)
      this.waiting.delete(reply.id)
      if (reply.ok) task?.resolve(reply)
      else if (reply.refused) task?.reject(new ModelTaskRefused(reply.error, reply.refused))
      else task?.reject(new Error(`model work failed: ${reply.error}`))
    })
    const fail = (error: Error) => {
      if (this.worker === worker) this.worker = null
      for (const task of this.waiting.values()) task.reject(error)
      this.waiting.clear()
    }
    worker.on('error', fail)
    worker.on('exit', (code) => fail(new Error(`the model worker stopped (exit code ${code})`)))
    this.worker = worker
    return worker
  }
}
