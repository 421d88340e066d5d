/**
 * Every template, kind by kind, without what it holds (that is in ./index.ts, which needs
 * tldraw and so runs in the server process only): the form and the API only need names and
 * kinds.
 */
import { boardKinds, type BoardKind } from '../kinds'
import type { KindTemplate, TemplateIdOf } from '../kinds/define-kind'

export type TemplateId = TemplateIdOf<(typeof boardKinds)[number]>

/** A board to start from, as the create-board form offers it. */
export interface TemplateEntry extends KindTemplate<TemplateId> {
  kind: BoardKind
}

export const templateCatalogue: readonly TemplateEntry[] = boardKinds.flatMap((kind) =>
  kind.templates.map((template) => ({ ...template, kind: kind.id })),
)

export const templateIds = templateCatalogue.map((entry) => entry.id) as [
  TemplateId,
  ...TemplateId[],
]

export function templateKind(template: TemplateId): BoardKind {
  return templateCatalogue.find((entry) => entry.id === template)!.kind
}
