// The board's shared model read from the live store, kept current while mounted.
'use client'

import { useEffect, useState } from 'react'
import type { Editor, TLRecord, TLShapeId } from 'tldraw'
import { shapeHolding } from '@/lib/shapes'
import { modelFromRecords, type BoardModel } from '@/lib/model'

/** How long the model waits after a change before it is read again: drags stay smooth. */
const settleMs = 250

/** The board's shared model, read from the live store and kept current while mounted. */
export function useLiveModel(editor: Editor): BoardModel {
  const read = () => modelFromRecords(editor.store.allRecords())
  const [model, setModel] = useState(read)
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | null = null
    const stop = editor.store.listen(
      () => {
        if (timer) clearTimeout(timer)
        timer = setTimeout(() => setModel(modelFromRecords(editor.store.allRecords())), settleMs)
      },
      { scope: 'document' },
    )
    return () => {
      stop()
      if (timer) clearTimeout(timer)
    }
  }, [editor])
  return model
}

/**
 * The shape on the board that a record is drawn on: itself for a shape, the cube for its
 * items, the persona for its needs, the map for its touchpoints…; null if none is here.
 */
export function shapeOnBoard(editor: Editor, id: string): TLShapeId | null {
  const record = editor.store.get(id as TLRecord['id'])
  const shapeId = (record ? shapeHolding(record) : id) as TLShapeId | null
  return shapeId && editor.getShape(shapeId) ? shapeId : null
}

/** Selects a shape (or the cube an item is written on…) and brings it into view. */
export function focusOnBoard(editor: Editor, id: string): boolean {
  const shapeId = shapeOnBoard(editor, id)
  if (!shapeId) return false
  editor.select(shapeId)
  editor.zoomToSelection({ animation: { duration: 300 } })
  return true
}
