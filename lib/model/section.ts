/**
 * What each board kind's part of the shared model brings to it: how it is read from the
 * board's records, what of it can be named (votes, changes), searched, exported and written
 * in the handout. The model's reader, exports, search and change list iterate over the
 * sections (sections.ts), so a new kind's part of the model is one folder and one line there.
 */
import type { z } from 'zod'
import type { BoardModel } from './board-model'
import type { CsvTable } from './export/csv'
import type { ModelChange } from './changes/model-change'
import type { ModelComparison } from './changes/comparison'
import type { ModelProblems } from './problems'

/**
 * The sections of the shared model, each from its own board kind: the cube network, the
 * persona value zone, the customer-experience map and the principles matrix. Board kinds
 * name the sections they show, in their order.
 */
export const modelSectionIds = ['cubes', 'value-zone', 'journey', 'principles'] as const
export type ModelSectionId = (typeof modelSectionIds)[number]

/** Reads one section from a board's records: each record is offered once, then it builds. */
export interface SectionReader {
  /** Keeps the record if it belongs to this section; true when it did. */
  take(record: unknown): boolean
  /**
   * Writes the section's fields into the model being built. Sections build in their order
   * in sections.ts, so a section may read the fields of the sections before it.
   */
  build(model: BoardModel): void
}

/** Something of the model people can point at, named as the board names it. */
export interface NamedThing {
  id: string
  /** `Service “KYC”`, `Persona “Young family”`. */
  label: string
  /** Its own words: `KYC`, `Young family`. */
  text: string
  /** Where it is: its cube, persona or organisation, or a heading such as "Cubes". */
  group: string
}

/** Something on a board whose name matches a search. */
export interface ModelMatch {
  kind:
    'department' | 'cube' | 'item' | 'persona' | 'need' | 'offering' | 'touchpoint' | 'principle'
  /** The record to show on the board: a cube, or an item (shown through its cube). */
  id: string
  text: string
  /** Where it is, e.g. "Service on Credit Risk" or "Department of 2 cubes". */
  context: string
}

/**
 * Whether a thing matches the query: every word of the query is in its own words (`own`: its
 * name, terms…) or in the words of where it is (`where`: its cube, department, persona…), and
 * at least one is in its own, so "payments finance" finds the Payments cube of Finance while
 * "finance" alone does not list every item of every Finance cube.
 */
export type SearchMatcher = (own: string[], where?: string[]) => boolean

/** One section of the after-session handout: a heading and its lines of text. */
export interface HandoutSection {
  title: string
  lines: string[]
}

export interface ModelSection {
  id: ModelSectionId
  reader(): SectionReader
  /** The ids of its records in a model file, with their places (ids are unique board-wide). */
  recordIds(model: BoardModel): { at: (string | number)[]; id: string }[]
  /** Its things that votes can be about and changes can name, in the order a reader expects. */
  things(model: BoardModel): NamedThing[]
  /** Adds what breaks its rules in a model file (references, orders, link rules). */
  check(model: BoardModel, problems: ModelProblems): void
  /** What changed in this section between two models of a board. */
  changes(comparison: ModelComparison): ModelChange[]
  /** Its things that match a query (`matches` says whether a thing's words do). */
  search(model: BoardModel, matches: SearchMatcher): ModelMatch[]
  /** Its CSV tables, by file name without `.csv`. */
  tables(model: BoardModel): Record<string, CsvTable>
  /** Its part of the handout. */
  handout(model: BoardModel): HandoutSection[]
}

/** A record reader that keeps every record `schema` accepts in `into`; true when it did. */
export function collectInto<T>(schema: z.ZodType<T>, into: T[]): (record: unknown) => boolean {
  return (record) => {
    const parsed = schema.safeParse(record)
    if (parsed.success) into.push(parsed.data)
    return parsed.success
  }
}

/** A handout section's lines, or "None." rather than an empty section. */
export function noneIfEmpty(lines: string[]): string[] {
  return lines.length > 0 ? lines : ['None.']
}

/** The ids of a model's flat record lists, with their places (for `recordIds`). */
export function listIds(
  model: BoardModel,
  lists: readonly (
    | 'cubes'
    | 'items'
    | 'serviceLinks'
    | 'conflictingLinks'
    | 'personas'
    | 'needs'
    | 'organisations'
    | 'offerings'
    | 'fulfilments'
  )[],
): { at: (string | number)[]; id: string }[] {
  return lists.flatMap((list) =>
    model[list].map((record: { id: string }, at: number) => ({
      at: [list, at, 'id'],
      id: record.id,
    })),
  )
}
