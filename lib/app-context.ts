/**
 * What the app's routes share, once per process: the database, the signing secret, and the
 * seeds, live boards and model work the Cubeboard server installs.
 */
import type * as Y from 'yjs'
import { loadSigningSecret } from './auth/secret'
import { openDatabase, type DatabaseConnection } from './db/client'
import { dataDirectory, readEnv } from './env'
import type { NewBoard, NewBoardText } from './boards/new-board'
import type { BoardKind } from './kinds'
import type { BoardModel, ModelMatch, ModelQuestion } from './model'
import type { Result } from './result'
import type { TemplateId } from './templates/catalogue'

/** What a new board starts from: a model to hold on a board of `kind`, or a template. */
export type SeedSource = { model: BoardModel; kind: BoardKind } | { template: TemplateId }

/**
 * A new board's first doc update (records validated by tldraw's store; a template's
 * suggested agenda) and the model it holds as JSON.
 */
export interface Seed {
  update: Uint8Array
  modelJson: string
}

/** Makes the first state of new boards (tldraw runs here, outside Next's server bundles). */
export interface BoardSeeds {
  /** The seed of `from`; rejects with the reason when the board cannot hold the model. */
  seed(from: SeedSource): Promise<Seed>
  /**
   * A new board sent as JSON, read and checked (`readNewBoard`), and seeded when it holds a
   * model; rejects with the reason when the board cannot hold the model.
   */
  readNewBoard(text: NewBoardText): Promise<Result<{ board: NewBoard; seed?: Seed }>>
}

/** The live side of boards, for routes that read or change a whole doc. */
export interface LiveBoards {
  /** The board's whole doc as it stands now (memory if open here, else the database); null if none. */
  state(boardId: string): Promise<Uint8Array | null>
  /**
   * Reads the board's doc as it stands now, without copying it when it is open here; null
   * if the board has no doc. `reader` must not change the doc or keep it.
   */
  read<T>(boardId: string, reader: (doc: Y.Doc) => T): Promise<T | null>
  /**
   * Makes the board hold exactly the records of `state` (a saved version), as one new
   * change every connected client receives; false when nothing differed.
   */
  restore(boardId: string, state: Uint8Array): Promise<boolean>
  /** Members or roles of the board changed: its open connections are checked again now. */
  accessChanged(boardId: string): void
}

/**
 * Model work the Cubeboard server does off its event loop (a worker thread): every answer
 * is JSON text of a model (storable in PostgreSQL) or of its analysis.
 */
export interface ModelWork {
  /** The model of a board's doc as it stands now (memory if open here, else the database); null if none. */
  derive(boardId: string): Promise<string | null>
  /** The model a doc update holds, e.g. a new board's first state. */
  deriveFromUpdate(update: Uint8Array): Promise<string>
  /**
   * The analysis of a board's stored model as JSON text answering `question` (lib/model
   * `modelAnswer`); refused (404) when the model lacks what it names, or (413) when the
   * answer is too large for one document. Kept, and worked out again whenever a new model
   * of the board is stored, so the next ask finds it in `storedAnalysis`.
   */
  analyse(
    model: { boardId: string; derivedAt: Date; json: string },
    question: ModelQuestion,
  ): Promise<{ json: string } | { refused: string; status: 404 | 413 }>
  /**
   * A new board's model was stored (an import, a template): its whole analysis is worked
   * out now, off the event loop, so the first ask of a big board is served kept.
   */
  newBoardStored(boardId: string, modelJson: string, derivedAt: Date): void
  /** The analysis of the model stored at `derivedAt`, when it was worked out already. */
  storedAnalysis(boardId: string, derivedAt: Date, question: ModelQuestion): string | undefined
  /** What each model (JSON text) has matching `query` (lib/model `searchModel`), in order. */
  search(query: string, modelJsons: string[]): Promise<ModelMatch[][]>
  /** Stores the models of boards edited here and not yet derived: search is never behind. */
  settle(): Promise<void>
}

/** What server code needs at run time: the one database connection and the token key. */
export interface AppContext {
  database: DatabaseConnection
  signingSecret: Uint8Array
  /** Installed by the Cubeboard server; absent when Next runs on its own. */
  seeds?: BoardSeeds
  /** Installed by the Cubeboard server; absent when Next runs on its own. */
  boards?: LiveBoards
  /** Installed by the Cubeboard server; absent when Next runs on its own (stored models are served as they are). */
  models?: ModelWork
}

const globalKey = Symbol.for('cubeboard.appContext')
type GlobalWithContext = typeof globalThis & { [globalKey]?: Promise<AppContext> }

/**
 * The context of this process, shared by the sync server and the Next handlers (Next
 * bundles route code separately, so it lives on globalThis). The server entry installs it
 * at start; anything else opens it from the environment on first use, never at import
 * time (`next build` imports route modules).
 */
export function appContext(): Promise<AppContext> {
  const store = globalThis as GlobalWithContext
  store[globalKey] ??= openFromEnvironment().catch((error: unknown) => {
    delete store[globalKey]
    throw error
  })
  return store[globalKey]
}

/** Makes an already opened context the one of this process. */
export function installAppContext(context: AppContext): void {
  ;(globalThis as GlobalWithContext)[globalKey] = Promise.resolve(context)
}

async function openFromEnvironment(): Promise<AppContext> {
  const env = readEnv()
  const dataDir = dataDirectory(env)
  const database = await openDatabase({ databaseUrl: env.DATABASE_URL, dataDir })
  return { database, signingSecret: loadSigningSecret({ authSecret: env.AUTH_SECRET, dataDir }) }
}
