// Serves the bare tldraw page (built with esbuild) and sends it remote changes, for comparing with Cubeboard's page.
import fs from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { build } from 'esbuild'
import type { TLGeoShape, TLShapeId } from 'tldraw'
import { WebSocketServer, type WebSocket } from 'ws'
import { gridRectangles } from '../shape-grid'
import type { SeededBoard } from '../remote-peer'

const root = path.resolve(import.meta.dirname, '../../..')
const assetsRoot = path.join(root, 'node_modules/@tldraw/assets')
const contentTypes: Record<string, string> = {
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
}

/** The bare page's server: one board of `count` rectangles, at `url`. */
export interface BarePage {
  url: string
  board: SeededBoard
  stop(): Promise<void>
}

/**
 * Builds the page (minified, production React and tldraw) and serves it with the same grid
 * of rectangles as a seeded Cubeboard board. `board.moveShapes` sends the moved records to
 * every open page as one message.
 */
export async function startBarePage(count: number): Promise<BarePage> {
  const bundle = await buildBundle()
  const css = fs.readFileSync(path.join(root, 'node_modules/tldraw/tldraw.css'))
  const shapes = gridRectangles(count)
  const current = new Map<string, TLGeoShape>(shapes.map((shape) => [shape.id, shape]))
  const html =
    '<!doctype html><html><head><meta charset="utf-8"><title>bare tldraw</title>' +
    '<link rel="stylesheet" href="/tldraw.css"></head><body><div id="root"></div>' +
    `<script>window.__bareShapes = ${JSON.stringify(shapes)}</script>` +
    '<script type="module" src="/bundle.js"></script></body></html>'

  const server = http.createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://localhost')
    const send = (type: string, body: string | Buffer) => {
      response.writeHead(200, { 'content-type': type, 'cache-control': 'max-age=3600' })
      response.end(body)
    }
    if (url.pathname === '/' || url.pathname.startsWith('/b/')) return send('text/html', html)
    if (url.pathname === '/bundle.js') return send('text/javascript', bundle)
    if (url.pathname === '/tldraw.css') return send('text/css', css)
    if (url.pathname.startsWith('/tldraw-assets/')) {
      const file = path.join(assetsRoot, decodeURIComponent(url.pathname.slice(15)))
      if (file.startsWith(assetsRoot) && fs.existsSync(file) && fs.statSync(file).isFile()) {
        return send(
          contentTypes[path.extname(file)] ?? 'application/octet-stream',
          fs.readFileSync(file),
        )
      }
    }
    response.writeHead(404)
    response.end()
  })
  const sockets = new Set<WebSocket>()
  const wss = new WebSocketServer({ server, path: '/remote' })
  wss.on('connection', (socket) => {
    sockets.add(socket)
    socket.on('close', () => sockets.delete(socket))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/b/bare`,
    board: {
      boardId: 'bare',
      title: `bare tldraw, ${count} shapes`,
      shapes,
      seedMs: 0,
      moveShapes: (indices) => {
        const moved = indices.map((index) => {
          const home = shapes[index]!
          const now = current.get(home.id)!
          const offset = home.props.w / 5
          const next = { ...now, x: now.x === home.x ? home.x + offset : home.x }
          current.set(home.id as TLShapeId, next)
          return next
        })
        const message = JSON.stringify(moved)
        for (const socket of sockets) socket.send(message)
      },
      close: () => sockets.forEach((socket) => socket.close()),
    },
    stop: async () => {
      sockets.forEach((socket) => socket.terminate())
      wss.close()
      const closed = new Promise<void>((resolve) => server.close(() => resolve()))
      // Chromium keeps preconnected sockets that never carry a request; Node counts them as
      // busy and would wait for its request timeout (minutes) before closing.
      server.closeAllConnections()
      await closed
    },
  }
}

async function buildBundle(): Promise<string> {
  const result = await build({
    entryPoints: [path.join(import.meta.dirname, 'page.tsx')],
    bundle: true,
    format: 'esm',
    minify: true,
    write: false,
    jsx: 'automatic',
    target: 'es2022',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'error',
  })
  return result.outputFiles[0]!.text
}
