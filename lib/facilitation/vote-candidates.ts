/**
 * What a dot vote can be about: the model's things, section by section (cubes and their
 * items, personas, needs, organisations, offerings, and whatever a kind's section adds),
 * then any other shape with words on it. Someone else's private items are left out.
 */
import type { Editor } from 'tldraw'
import { modelThings, quoted, type BoardModel } from '@/lib/model'
import { hiddenFrom } from '@/lib/facilitation/record-guard'
import { shapeTypesInModel } from '@/lib/shapes'

/** Something people can put dots on, named as the board names it. */
export interface VoteCandidate {
  id: string
  label: string
  /** Where it is: its cube, persona or organisation, or the board itself. */
  group: string
}

/** A shape on the board with the words it shows (tldraw's `getText`). */
export interface ShapeWithWords {
  id: string
  type: string
  text: string
  meta: Record<string, unknown>
}

export function voteCandidates(
  model: BoardModel,
  shapes: readonly ShapeWithWords[],
  userId: string,
): VoteCandidate[] {
  const candidates: VoteCandidate[] = modelThings(model).map(({ id, label, group }) => ({
    id,
    label,
    group,
  }))
  for (const shape of shapes) {
    // Shapes read through the model are among its things already.
    if (shapeTypesInModel.has(shape.type) || hiddenFrom(shape, userId)) continue
    const text = shape.text.trim()
    if (text) candidates.push({ id: shape.id, label: quoted(text), group: 'On the board' })
  }
  return candidates
}

/** The current page's shapes with their words, in their order on the page. */
export function shapesWithWords(editor: Editor): ShapeWithWords[] {
  return editor.getCurrentPageShapesSorted().map((shape) => ({
    id: shape.id,
    type: shape.type,
    text: editor.getShapeUtil(shape).getText(shape) ?? '',
    meta: shape.meta,
  }))
}
