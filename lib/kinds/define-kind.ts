/**
 * What a board kind is: the shapes it holds (its own, and others' it shares), its toolbar,
 * templates, suggested agenda and the model sections it shows. Plain data (no tldraw, no
 * React), so the dashboard, the API, the database schema and the server all read it; shapes
 * and tools are named by type and resolved where they are drawn (kind-shapes.ts).
 */
import type { AgendaStep } from '../facilitation/session-state'
import type { ModelSectionId } from '../model/section'

/** A board to start from, as the create-board form offers it. */
export interface KindTemplate<Id extends string = string> {
  id: Id
  name: string
  description: string
}

export interface BoardKindDefinition<
  Id extends string = string,
  TemplateId extends string = string,
> {
  /** As the database and the API name it. */
  id: Id
  /** As the dashboard names it: "Cube board". */
  name: string
  /** Its own shapes, by type. */
  shapes: readonly string[]
  /** Shapes of other kinds its boards hold too, by type. */
  sharedShapes: readonly string[]
  /** The shapes whose tools its toolbar offers, in order (each among its shapes). */
  toolbar: readonly string[]
  /** Its templates, in the order the form offers them; a blank board first. */
  templates: readonly KindTemplate<TemplateId>[]
  /** The agenda a new board of this kind suggests for its session. */
  agenda: readonly AgendaStep[]
  /** The parts of the shared model its boards show (their exports), in order. */
  sections: readonly ModelSectionId[]
}

export function defineKind<const Kind extends BoardKindDefinition>(kind: Kind): Kind {
  const holds = new Set([...kind.shapes, ...kind.sharedShapes])
  const stray = kind.toolbar.find((type) => !holds.has(type))
  if (stray) throw new Error(`board kind "${kind.id}" offers a tool for "${stray}", not its shape`)
  return kind
}

/** A step of a suggested agenda: "1 Map the cubes", 20 minutes, bound to no frame yet. */
export function agendaStep(n: number, title: string, minutes: number): AgendaStep {
  return { id: `step-${n}`, title: `${n} ${title}`, frameId: null, minutes }
}

/** The ids of a kind's templates. */
export type TemplateIdOf<Kind extends BoardKindDefinition> = Kind['templates'][number]['id']
