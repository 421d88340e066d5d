// What creates a board, read and checked: its title, kind, template, and a model file to hold (plain code: the model worker reads big ones).
import { z } from 'zod'
import { boardKindIds, defaultBoardKind, type BoardKind } from '../kinds'
import { boardModelSchema, problemsOfIssues, type BoardModel } from '../model'
import { refused, succeeded, type Result } from '../result'
import { templateCatalogue, templateIds } from '../templates/catalogue'
import { issuesText, parseJsonText, typedText } from '../validation'

/** A board's title as people type it. */
export const boardTitleSchema = typedText('title', 200)

/** What a person or script sends to create a board. */
export const newBoardSchema = z.object({
  title: boardTitleSchema,
  kind: z.enum(boardKindIds).default(defaultBoardKind),
  template: z
    .enum(templateIds, { error: `template must be one of: ${templateIds.join(', ')}` })
    .optional(),
})

/** A new board: its title and kind, and the template it starts from, if any. */
export type NewBoard = z.infer<typeof newBoardSchema>

/** The title and kind of a new board: a template's kind wins over the one asked for. */
export function newBoardOf(input: NewBoard): { title: string; kind: BoardKind } {
  const template = templateCatalogue.find((entry) => entry.id === input.template)
  return { title: input.title, kind: template?.kind ?? input.kind }
}

/** `POST /api/boards`: a new board, and the model (as `GET /api/boards/<id>/model` gives it) to hold. */
const newBoardRequestSchema = newBoardSchema.extend({ model: z.unknown().optional() })

/**
 * A new board sent as JSON, unread: the API's request body, or the home page's model file
 * with the fields of its form. A model file is megabytes, so the Cubeboard server reads it
 * in its model worker, never on the event loop.
 */
export type NewBoardText =
  { request: Uint8Array } | { modelFile: Uint8Array; fileName: string; board: NewBoard }

/** A new board as read: what it is, and the model it holds when one was sent (checked). */
export interface NewBoardRead {
  board: NewBoard
  model?: BoardModel
}

/** Reads and checks a new board's JSON: 400 saying what is wrong, every model problem listed. */
export function readNewBoard(text: NewBoardText): Result<NewBoardRead> {
  if ('request' in text) {
    const request = parseJsonText(text.request, newBoardRequestSchema, 'request body')
    if (!request.ok) return request
    const { model, ...board } = request.value
    if (model === undefined) return succeeded({ board })
    const checked = checkedImport(model)
    return checked.ok ? succeeded({ board, model: checked.value }) : checked
  }
  const file = parseJsonText(text.modelFile, z.unknown(), text.fileName)
  if (!file.ok) return file
  const checked = checkedImport(file.value)
  return checked.ok ? succeeded({ board: text.board, model: checked.value }) : checked
}

/**
 * A model to import, checked against every rule of the file and of the board: refused with
 * each problem (its JSON path, the rule it breaks, what is wrong), nothing dropped or merged.
 */
function checkedImport(value: unknown): Result<BoardModel> {
  const parsed = boardModelSchema.safeParse(value)
  if (parsed.success) return succeeded(parsed.data)
  const problems = problemsOfIssues(parsed.error.issues).map(({ path, rule, message }) => ({
    path,
    rule,
    message,
  }))
  return refused(400, issuesText(parsed.error, 'model'), problems)
}
