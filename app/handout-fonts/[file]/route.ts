// The Unicode fonts the browser embeds in the PDF handout, served from the installed package.
import fs from 'node:fs/promises'
import path from 'node:path'
import { handoutFonts } from '@/lib/handout/fonts'
import { jsonError } from '@/lib/http/json'

const fontsFolder = path.resolve('node_modules/dejavu-fonts-ttf/ttf')
const servedFiles = new Set<string>(Object.values(handoutFonts))

/** One of the handout's TTF fonts (only those: the route is no window on node_modules). */
export async function GET(_request: Request, context: RouteContext<'/handout-fonts/[file]'>) {
  const { file } = await context.params
  if (!servedFiles.has(file)) return jsonError(404, `${file} is not a handout font`)
  const body = await fs.readFile(path.join(fontsFolder, file))
  return new Response(new Uint8Array(body), {
    headers: { 'content-type': 'font/ttf', 'cache-control': 'public, max-age=86400' },
  })
}
