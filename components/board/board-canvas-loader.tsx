'use client'

import dynamic from 'next/dynamic'
import type { BoardCanvasProps } from './board-canvas'

// The canvas and its WebSocket exist in the browser only, never during server rendering.
const BoardCanvas = dynamic(() => import('./board-canvas').then((module) => module.BoardCanvas), {
  ssr: false,
  loading: () => <p className="board-loading">Loading the board…</p>,
})

export function BoardCanvasLoader(props: BoardCanvasProps) {
  return <BoardCanvas {...props} />
}
