/**
 * The model as flat tables, one CSV file each (headers documented in the README, "The
 * shared model"): every section's tables, then the votes. Ids are the board's record ids,
 * so rows of different files join.
 */
import type { BoardModel } from '../board-model'
import { modelSections, modelThings } from '../sections'
import type { CsvTable } from './csv'

export function modelTables(model: BoardModel): Record<string, CsvTable> {
  const names = new Map(modelThings(model).map((thing) => [thing.id, thing.text]))
  return {
    ...Object.fromEntries(
      modelSections.flatMap((section) => Object.entries(section.tables(model))),
    ),
    votes: {
      header: ['vote', 'target_id', 'target', 'dots'],
      rows: model.votes.map((tally) => [
        tally.vote,
        tally.targetId,
        names.get(tally.targetId) ?? '',
        tally.dots,
      ]),
    },
  }
}
