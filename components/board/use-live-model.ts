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

/** Selects a shape (or the cube an item is written on) and brings it into view. */
export function focusOnBoard(editor: Editor, id: string): boolean {
  return showOnBoard(editor, [id]) > 0
}

/**
 * Selects the shapes these records are drawn on (a cube for its items, a persona for its
 * needs, a map for its touchpoints…) and brings them into view; returns how many.
 */
export function showOnBoard(editor: Editor, ids: readonly string[]): number {
  const shapeIds = new Set<TLShapeId>()
  for (const id of ids) {
    const record = editor.store.get(id as TLRecord['id'])
    const shapeId = (record ? shapeHolding(record) : id) as TLShapeId | null
    if (shapeId && editor.getShape(shapeId)) shapeIds.add(shapeId)
  }
  if (shapeIds.size === 0) return 0
  editor.select(...shapeIds)
  editor.zoomToSelection({ animation: { duration: 300 } })
  return shapeIds.size
}
