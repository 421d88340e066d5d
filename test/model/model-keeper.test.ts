import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import { modelFromRecords, type BoardModel } from '@/lib/model'
import { ModelKeeper, modelKeeperExtension } from '@/server/model/model-keeper'
import { sessionMapName } from '@/lib/facilitation/session-state'
import { ParticipantGuard } from '@/server/sync/participant-guard'
import { Room } from '@/server/sync/room'
import { recordsOfDoc } from '@/lib/sync/record-layout'
import { docWithCube, setCubeTitle } from '../helpers/cube-doc'

/** The keeper's derivation as the model worker does it, on this thread. */
async function deriveHere(doc: Y.Doc): Promise<string> {
  const copy = new Y.Doc()
  Y.applyUpdate(copy, Y.encodeStateAsUpdate(doc))
  return JSON.stringify(modelFromRecords(recordsOfDoc(copy)))
}

describe('keeping a board’s model behind its doc', () => {
  afterEach(() => vi.useRealTimers())

  function recordingKeeper() {
    const saved: [string, string][] = []
    const keeper = new ModelKeeper({
      derive: deriveHere,
      save: async (boardId, json) => {
        const model = JSON.parse(json) as BoardModel
        saved.push([boardId, model.cubes[0]!.title])
      },
      quietMs: 1000,
      maxWaitMs: 5000,
    })
    return { keeper, saved }
  }

  it('derives once after a burst of changes goes quiet', async () => {
    vi.useFakeTimers()
    const { keeper, saved } = recordingKeeper()
    const doc = docWithCube('Credit')
    for (const title of ['Credit R', 'Credit Ri', 'Credit Risk']) {
      setCubeTitle(doc, title)
      keeper.changed('board', doc)
      await vi.advanceTimersByTimeAsync(500)
    }
    expect(saved).toEqual([])
    await vi.advanceTimersByTimeAsync(500)
    expect(saved).toEqual([['board', 'Credit Risk']])
  })

  it('does not wait longer than its limit on a board that never goes quiet', async () => {
    vi.useFakeTimers()
    const { keeper, saved } = recordingKeeper()
    const doc = docWithCube('Busy')
    for (let i = 0; i < 12; i++) {
      keeper.changed('board', doc)
      await vi.advanceTimersByTimeAsync(500)
    }
    expect(saved).toHaveLength(1)
  })

  it('derives what is pending when a board is flushed or the keeper settles', async () => {
    const { keeper, saved } = recordingKeeper()
    keeper.changed('one', docWithCube('One'))
    keeper.changed('two', docWithCube('Two'))
    await keeper.flush('one')
    await keeper.flush('nothing pending')
    expect(saved).toEqual([['one', 'One']])
    await keeper.settle()
    expect(saved).toEqual([
      ['one', 'One'],
      ['two', 'Two'],
    ])
  })

  it('derives after a change of the records, not after a change elsewhere in the doc', async () => {
    vi.useFakeTimers()
    const { keeper, saved } = recordingKeeper()
    const doc = docWithCube('Before')
    const room = new Room('board', { doc, guard: new ParticipantGuard(doc), onUpdate: () => {} })
    modelKeeperExtension(keeper).loaded!(room)
    // The model is read from the records alone: a session's timer or another map changes nothing in it.
    doc.getMap(sessionMapName).set('timer', { endsAt: 1 })
    doc.getMap('elsewhere').set('tick', 1)
    await vi.advanceTimersByTimeAsync(6000)
    expect(saved).toEqual([])
    setCubeTitle(doc, 'After')
    await vi.advanceTimersByTimeAsync(1000)
    expect(saved).toEqual([['board', 'After']])
    room.destroy()
  })
})
