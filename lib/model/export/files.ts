/** The files a model can be exported as, and what each holds. */
import { emptyBoardModel, type BoardModel } from '../board-model'
import { formatCsv } from './csv'
import { serviceNetworkMermaid } from '../cubes/mermaid'
import { modelSectionIds, type ModelSectionId } from '../section'
import { modelSections } from '../sections'
import { modelTables } from './tables'

/**
 * The files a board showing these model sections offers, in their order: the model, each
 * section's tables (named as its `tables` names them), the votes, and the service network as
 * Mermaid when the cubes are among them.
 */
export function exportFilesOf(sections: readonly ModelSectionId[]): string[] {
  const empty = emptyBoardModel()
  const tables = sections.flatMap((id) =>
    Object.keys(modelSections.find((section) => section.id === id)!.tables(empty)),
  )
  return [
    'model.json',
    ...tables.map((table) => `${table}.csv`),
    'votes.csv',
    ...(sections.includes('cubes') ? ['network.mmd'] : []),
  ]
}

/** Every file the model can be exported as, by name. */
export const modelExportFiles: readonly string[] = exportFilesOf(modelSectionIds)

export type ModelExportFile = string

export function isModelExportFile(name: string): name is ModelExportFile {
  return modelExportFiles.includes(name)
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
