// The model worker thread: derives and analyses board models (and folds logs) off the server's event loop.
import { parentPort } from 'node:worker_threads'
import * as Y from 'yjs'
import { modelAnswer, searchModel, type BoardModel } from '@/lib/model'
import { readDocOf } from '../sync/apply-in-slices'
import { statePieces } from '../sync/state-pieces'
import { modelJsonOf } from './model-json'
import {
  ModelTaskRefused,
  type ModelTask,
  type ModelTaskAnswer,
  type ModelTaskReply,
} from './model-worker'

/**
 * Answers one task at a time with JSON text (and a new board's first update), so the
 * server's thread only moves strings and bytes: building a 5,000-cube board, parsing,
 * deriving and stringifying its model all happen here.
 */
async function run(task: ModelTask): Promise<ModelTaskAnswer> {
  switch (task.kind) {
    case 'derive':
      return { json: modelJsonOf(task.updates) }
    case 'fold':
      return {
        json: '',
        pieces: statePieces(readDocOf(task.updates, (doc) => Y.encodeStateAsUpdate(doc))),
      }
    case 'seed': {
      // tldraw and the templates load on the first new board, not before every derivation.
      const { seedOf } = await import('../board-seeds')
      const { update, modelJson } = seedOf(task.from)
      return { json: modelJson, update }
    }
    case 'new-board': {
      const { seededNewBoard } = await import('../board-seeds')
      const read = seededNewBoard(task.text)
      if (!read.ok) return { json: '', newBoard: read }
      const { board, seed } = read.value
      return { json: seed?.modelJson ?? '', update: seed?.update, newBoard: { ok: true, board } }
    }
    case 'search': {
      const matches = task.modelJsons.map((json) =>
        searchModel(JSON.parse(json) as BoardModel, task.query),
      )
      return { json: JSON.stringify(matches) }
    }
    case 'analyse': {
      const answer = modelAnswer(JSON.parse(task.modelJson) as BoardModel, task.question)
      if ('refused' in answer) throw new ModelTaskRefused(answer.refused, 404)
      try {
        return { json: JSON.stringify(answer.answer) }
      } catch (error) {
        // Every cube's dependencies with their paths grow with the square of a deep network.
        if (!(error instanceof RangeError)) throw error
        throw new ModelTaskRefused(
          `the analysis of this board is too large to answer as one document; ask about one cube with ?cube=<cubeId>`,
          413,
        )
      }
    }
  }
}

parentPort?.on('message', async ({ id, task }: { id: number; task: ModelTask }) => {
  let reply: ModelTaskReply
  try {
    reply = { id, ok: true, ...(await run(task)) }
  } catch (error) {
    reply = {
      id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      refused: error instanceof ModelTaskRefused ? error.status : null,
    }
  }
  // A seed or a folded log is megabytes: handed over, not copied.
  const bytes = reply.ok ? [reply.update, ...(reply.pieces ?? [])] : []
  parentPort!.postMessage(
    reply,
    bytes.flatMap((update) => (update ? [update.buffer as ArrayBuffer] : [])),
  )
})
