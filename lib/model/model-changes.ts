/**
 * What changed on a board between two of its models (a member's last visit and now), section
 * by section in the board's own words, then the results of votes that ended in between.
 */
import type { BoardModel, VoteTally } from './board-model'
import { added, type ModelChange } from './changes/model-change'
import { boardModelSchema } from './model-schema'
import { quoted } from './names'
import { modelSections, modelThings } from './sections'

export type { ModelChange, ModelChangeKind, Revisit } from './changes/model-change'

/**
 * A model stored earlier (what a member saw on their last visit), or null when it cannot
 * be read as a model of this version: an older or damaged copy means "no previous visit"
 * rather than a list of made-up changes.
 */
export function storedModel(value: unknown): BoardModel | null {
  const parsed = boardModelSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/**
 * What changed from `before` to `after`: each section's things added, removed or changed (see
 * the sections' `changes`), then votes. Reordering within a face or list is not a change a
 * reader needs to be told about.
 */
export function modelChanges(before: BoardModel, after: BoardModel): ModelChange[] {
  const stillThere = new Set(modelThings(after).map((thing) => thing.id))
  const comparison = {
    before,
    after,
    onBoard: (id: string) => (stillThere.has(id) ? id : null),
  }
  return [
    ...modelSections.flatMap((section) => section.changes(comparison)),
    ...voteChanges(before, after),
  ]
}

/** Results of dot votes that ended since: what got how many dots. */
function voteChanges(before: BoardModel, after: BoardModel): ModelChange[] {
  const key = (tally: VoteTally) => `${tally.vote}\n${tally.targetId}`
  const earlier = new Map(before.votes.map((tally) => [key(tally), tally.dots]))
  const labels = new Map(modelThings(after).map((thing) => [thing.id, thing.label]))
  return after.votes
    .filter((tally) => earlier.get(key(tally)) !== tally.dots)
    .map((tally) =>
      added(
        `Vote ${quoted(tally.vote)}: ${tally.dots} dot${tally.dots === 1 ? '' : 's'} for ${labels.get(tally.targetId) ?? 'a shape on the board'}`,
        tally.targetId,
      ),
    )
}
