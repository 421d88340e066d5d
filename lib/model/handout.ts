/**
 * The text of the handout participants take home: each section's part (who serves whom,
 * what each cube relies on, coverage, the open questions). Renderers (PDF, print) only lay
 * it out.
 */
import type { BoardModel } from './board-model'
import type { HandoutSection } from './section'
import { modelSections } from './sections'

export type { HandoutSection } from './section'

export function handoutSections(model: BoardModel): HandoutSection[] {
  return modelSections.flatMap((section) => section.handout(model))
}
