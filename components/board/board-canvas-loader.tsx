'use client'

import dynamic from 'next/dynamic'
import type { BoardCanvasProps } from './board-canvas'
import { useBoardSession } from './use-board-session'

// The canvas exists in the browser only, never during server rendering.
const BoardCanvas = dynamic(() => import('./board-canvas').then((module) => module.BoardCanvas), {
  ssr: false,
  loading: () => <p className="board-loading">Loading the board…</p>,
})

/**
 * The board page's client part. It connects right away, from this small chunk, while the
 * canvas code (tldraw, by far the largest part of the page) is still loading.
 */
export function BoardCanvasLoader(props: Omit<BoardCanvasProps, 'session'>) {
  const session = useBoardSession(props.boardId, props.role, props.token)
  if (!session) return <p className="board-loading">Loading the board…</p>
  return <BoardCanvas {...props} session={session} />
}
