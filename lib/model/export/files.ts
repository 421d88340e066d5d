/** The files a model can be exported as, and what each holds. */
import type { BoardModel } from '../board-model'
import { formatCsv } from './csv'
import { serviceNetworkMermaid } from '../cubes/mermaid'
import { modelTables } from './tables'

/** Every file the model can be exported as, by name. */
export const modelExportFiles = [
  'model.json',
  'cubes.csv',
  'items.csv',
  'links.csv',
  'personas.csv',
  'needs.csv',
  'offerings.csv',
  'fulfilments.csv',
  'touchpoints.csv',
  'painpoints.csv',
  'principles.csv',
  'votes.csv',
  'network.mmd',
] as const

export type ModelExportFile = (typeof modelExportFiles)[number]

export function isModelExportFile(name: string): name is ModelExportFile {
  return (modelExportFiles as readonly string[]).includes(name)
}

export function modelExportFile(
  model: BoardModel,
  file: ModelExportFile,
): { body: string; contentType: string } {
  if (file === 'model.json') {
    return { body: JSON.stringify(model, null, 2), contentType: 'application/json' }
  }
  if (file === 'network.mmd') {
    return { body: serviceNetworkMermaid(model), contentType: 'text/vnd.mermaid; charset=utf-8' }
  }
  const table = modelTables(model)[file.replace(/\.csv$/, '')]
  if (!table) throw new Error(`no table for ${file}`)
  return { body: formatCsv(table), contentType: 'text/csv; charset=utf-8' }
}

/** A file name from a board's title that every system accepts: "Mortgage network" → "Mortgage-network". */
export function exportFileName(title: string): string {
  const base = title
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 60)
  return base || 'board'
}
