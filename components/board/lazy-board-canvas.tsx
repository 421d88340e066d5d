// The board canvas, loaded in the browser only, once its code is in.
'use client'

import { createElement, useEffect, useState } from 'react'
import { errorMessage } from '@/lib/error-message'
import type { BoardCanvas, BoardCanvasProps } from './board-canvas'

type BoardCanvasComponent = typeof BoardCanvas

let canvasCode: Promise<BoardCanvasComponent> | null = null

function loadCanvasCode(): Promise<BoardCanvasComponent> {
  canvasCode ??= import('./board-canvas').then((module) => module.BoardCanvas)
  return canvasCode
}

// Fetched as this module runs in the browser, before the page hydrates: the canvas code
// (tldraw) is by far the largest part of the page. Never during server rendering.
if (typeof window !== 'undefined') void loadCanvasCode().catch(() => {})

/**
 * The board canvas, rendered in the browser only, once its code is in. Not `next/dynamic`:
 * behind its Suspense boundary React holds the canvas back until 300 ms after the loading
 * text first showed (its fallback throttle), which on a returning visit is most of the wait.
 */
export function LazyBoardCanvas(props: BoardCanvasProps & { loadingText: string }) {
  const { loadingText, ...canvas } = props
  const [loaded, setLoaded] = useState<BoardCanvasComponent | { failed: string } | null>(null)
  useEffect(() => {
    let current = true
    loadCanvasCode().then(
      (component) => current && setLoaded(() => component),
      (error: unknown) => current && setLoaded({ failed: errorMessage(error) }),
    )
    return () => {
      current = false
    }
  }, [])
  if (loaded && 'failed' in loaded) {
    return (
      <p className="board-loading" role="alert">
        The board could not be loaded ({loaded.failed}). Check the connection and reload the page.
      </p>
    )
  }
  if (!loaded) return <p className="board-loading">{loadingText}</p>
  return createElement(loaded, canvas)
}
