// tldraw's fonts, icons and translations, served from this server instead of a CDN.
import fs from 'node:fs/promises'
import path from 'node:path'
import { jsonError } from '@/lib/http/json'

/**
 * tldraw's fonts, icons and translations, served from the installed @tldraw/assets
 * package so the canvas never loads anything from the internet.
 */
const assetsRoot = path.resolve('node_modules/@tldraw/assets')
const servedFolders = new Set(['fonts', 'icons', 'translations', 'embed-icons'])
const contentTypes: Record<string, string> = {
  '.woff2': 'font/woff2',
  '.svg': 'image/svg+xml',
  '.json': 'application/json',
  '.png': 'image/png',
}

export async function GET(_request: Request, context: RouteContext<'/tldraw-assets/[...path]'>) {
  const segments = (await context.params).path
  const file = path.resolve(assetsRoot, ...segments)
  const contentType = contentTypes[path.extname(file)]
  if (
    !servedFolders.has(segments[0] ?? '') ||
    !file.startsWith(assetsRoot + path.sep) ||
    !contentType
  ) {
    return jsonError(404, 'no such tldraw asset')
  }
  try {
    const body = await fs.readFile(file)
    return new Response(new Uint8Array(body), {
      headers: { 'content-type': contentType, 'cache-control': 'public, max-age=86400' },
    })
  } catch {
    return jsonError(404, 'no such tldraw asset')
  }
}
