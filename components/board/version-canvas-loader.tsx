// A saved version on the canvas, read-only, from the doc the page brought.
'use client'

import { useState } from 'react'
import * as Y from 'yjs'
import { fromBase64 } from 'lib0/buffer'
import type { BoardCanvasProps } from './board-canvas'
import { LazyBoardCanvas } from './lazy-board-canvas'
import type { BoardSession } from './use-board-session'

/** A saved version on the canvas, read-only: its doc comes with the page, no connection. */
export function VersionCanvasLoader(
  props: Omit<BoardCanvasProps, 'session' | 'token' | 'role'> & { state: string },
) {
  const { state, ...canvas } = props
  const [session] = useState<BoardSession>(() => {
    const doc = new Y.Doc()
    Y.applyUpdate(doc, fromBase64(state))
    return {
      doc,
      privateDoc: null,
      connection: { status: 'connected' },
      live: null,
      synced: Promise.resolve(),
      isSynced: true,
    }
  })
  return (
    <LazyBoardCanvas
      loadingText="Loading the version…"
      {...canvas}
      role="viewer"
      token={{ token: '', expiresAt: new Date(0).toISOString() }}
      session={session}
    />
  )
}
