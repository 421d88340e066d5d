// The board page's client part: connects at once while the canvas code loads.
'use client'

import type { BoardCanvasProps } from './board-canvas'
import { LazyBoardCanvas } from './lazy-board-canvas'
import { useBoardSession } from './use-board-session'

const loadingText = 'Loading the board…'

/**
 * The board page's client part. It connects right away, from this small chunk, while the
 * canvas code (tldraw, by far the largest part of the page) is still loading, its doc
 * holding the board's state from the page when the page brought one.
 */
export function BoardCanvasLoader({
  pageState,
  ...props
}: Omit<BoardCanvasProps, 'session'> & {
  /**
   * The board's doc as the server had it when rendering the page (`pageStateOfDoc`): the
   * doc starts from it, so the first frame shows the board.
   */
  pageState?: string
}) {
  const session = useBoardSession(props.boardId, props.role, props.userId, props.token, pageState)
  if (!session) return <p className="board-loading">{loadingText}</p>
  return <LazyBoardCanvas {...props} session={session} loadingText={loadingText} />
}
