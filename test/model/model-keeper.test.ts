import { afterEach, describe, expect, it, vi } from 'vitest'
import * as Y from 'yjs'
import type { BoardModel } from '@/lib/model'
import { ModelKeeper } from '@/server/model/model-keeper'
import { recordToYMap, docLayout } from '@/lib/sync/record-layout'

function docWithCube(title: string): Y.Doc {
  const doc = new Y.Doc()
  doc.getMap(docLayout.records).set(
    'shape:a',
    recordToYMap({
      id: 'shape:a',
      typeName: 'shape',
      type: 'cube',
      props: { title, department: 'Risk', w: 400, h: 300, turned: false, collapsed: false },
    }),
  )
  return doc
}

function setTitle(doc: Y.Doc, title: string): void {
  const cube = doc.getMap<Y.Map<Y.Map<unknown>>>(docLayout.records).get('shape:a')!
  cube.get('props')!.set('title', title)
}

describe('keeping a board’s model behind its doc', () => {
  afterEach(() => vi.useRealTimers())

  function recordingKeeper() {
    const saved: [string, string][] = []
    const keeper = new ModelKeeper({
      save: async (boardId, model: BoardModel) => void saved.push([boardId, model.cubes[0]!.title]),
      quietMs: 1000,
      maxWaitMs: 5000,
    })
    return { keeper, saved }
  }

  it('derives once after a burst of changes goes quiet', () => {
    vi.useFakeTimers()
    const { keeper, saved } = recordingKeeper()
    const doc = docWithCube('Credit')
    for (const title of ['Credit R', 'Credit Ri', 'Credit Risk']) {
      setTitle(doc, title)
      keeper.changed('board', doc)
      vi.advanceTimersByTime(500)
    }
    expect(saved).toEqual([])
    vi.advanceTimersByTime(500)
    expect(saved).toEqual([['board', 'Credit Risk']])
  })

  it('does not wait longer than its limit on a board that never goes quiet', () => {
    vi.useFakeTimers()
    const { keeper, saved } = recordingKeeper()
    const doc = docWithCube('Busy')
    for (let i = 0; i < 12; i++) {
      keeper.changed('board', doc)
      vi.advanceTimersByTime(500)
    }
    expect(saved).toHaveLength(1)
  })

  it('derives what is pending when a board is flushed or the keeper closes', async () => {
    const { keeper, saved } = recordingKeeper()
    keeper.changed('one', docWithCube('One'))
    keeper.changed('two', docWithCube('Two'))
    keeper.flush('one')
    keeper.flush('nothing pending')
    expect(saved).toEqual([['one', 'One']])
    await keeper.close()
    expect(saved).toEqual([
      ['one', 'One'],
      ['two', 'Two'],
    ])
  })
})
