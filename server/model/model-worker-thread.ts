// The model worker thread: derives and analyses board models off the server's event loop.
import { parentPort } from 'node:worker_threads'
import * as Y from 'yjs'
import { modelAnswer, modelFromRecords, storableJson, type BoardModel } from '@/lib/model'
import { recordsOfDoc } from '@/lib/sync/record-layout'
import { ModelTaskRefused, type ModelTask, type ModelTaskReply } from './model-worker'

/**
 * Answers one task at a time with JSON text, so the server's thread only moves strings:
 * parsing, deriving and stringifying a 5,000-cube model all happen here.
 */
function run(task: ModelTask): string {
  switch (task.kind) {
    case 'derive': {
      const doc = new Y.Doc()
      try {
        doc.transact(() => {
          for (const update of task.updates) Y.applyUpdate(doc, update)
        })
        return storableJson(modelFromRecords(recordsOfDoc(doc)))
      } finally {
        doc.destroy()
      }
    }
    case 'analyse': {
      const answer = modelAnswer(JSON.parse(task.modelJson) as BoardModel, task.impactOf)
      if ('refused' in answer) throw new ModelTaskRefused(answer.refused)
      return JSON.stringify(answer.answer)
    }
  }
}

parentPort?.on('message', ({ id, task }: { id: number; task: ModelTask }) => {
  let reply: ModelTaskReply
  try {
    reply = { id, ok: true, json: run(task) }
  } catch (error) {
    reply = {
      id,
      ok: false,
      error: error instanceof Error ? error.message : String(error),
      refused: error instanceof ModelTaskRefused,
    }
  }
  parentPort!.postMessage(reply)
})
