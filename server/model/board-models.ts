// The server's model work for the app's routes: derive and analyse board models in the model worker.
import type { ModelWork } from '@/lib/app-context'
import type { Rooms } from '../sync/rooms'
import type { BoardStorage } from '../sync/storage/board-storage'
import type { CurrentModels } from './current-models'
import type { ModelKeeper } from './model-keeper'
import { ModelTaskRefused, type ModelWorker } from './model-worker'
import type { StoredAnalyses } from './stored-analyses'

/**
 * Model work for the app: a board open here is read from memory (its state encoded on this
 * thread once per change of its records, `CurrentModels`), any other from its stored
 * updates; deriving, analysing and the JSON texts of both happen in the worker thread, and
 * analyses are kept (StoredAnalyses).
 */
export function boardModels(deps: {
  rooms: Pick<Rooms, 'loaded'>
  storage: Pick<BoardStorage, 'read'>
  keeper: Pick<ModelKeeper, 'settle'>
  worker: ModelWorker
  current: Pick<CurrentModels, 'of'>
  analyses: StoredAnalyses
}): ModelWork {
  const { rooms, storage, keeper, worker, current, analyses } = deps
  return {
    async derive(boardId) {
      const room = rooms.loaded(boardId)
      if (room) return current.of(room.doc)
      const updates = await storage.read(boardId)
      return updates ? worker.derive(updates) : null
    },
    deriveFromUpdate: (update) => worker.derive([update]),
    async analyse({ boardId, derivedAt, json }, question) {
      try {
        return { json: await analyses.analyse(boardId, derivedAt, json, question) }
      } catch (error) {
        if (error instanceof ModelTaskRefused) {
          return { refused: error.message, status: error.status }
        }
        throw error
      }
    },
    newBoardStored: (boardId, json, derivedAt) =>
      analyses.modelStored(boardId, json, derivedAt, [{}]),
    storedAnalysis: (boardId, derivedAt, question) => analyses.cached(boardId, derivedAt, question),
    search: (query, modelJsons) => worker.search(query, modelJsons),
    settle: () => keeper.settle(),
  }
}
