/**
 * A principles matrix's parts: its rows (the five principles and any a workshop adds) and its
 * cells (one business unit's role for one principle), each a record of its own, so two people
 * marking two cells at once both keep their mark. The model reads exactly these fields
 * (lib/model/principles/read.ts).
 */
import type { BaseRecord, RecordId } from '@tldraw/store'
import { idValidator, type TLShapeId, type TLStore } from '@tldraw/tlschema'
import { getIndices, type IndexKey, type JsonObject } from '@tldraw/utils'
import { T } from '@tldraw/validate'
import {
  principleCellTypeName,
  principleKeys,
  principleRoles,
  principleRowTypeName,
  principleWords,
  type PrincipleKey,
  type PrincipleRole,
} from '@/lib/model'
import {
  childRecordsOf,
  firstRecordVersion,
  indexAfterLast,
  recordMetaValidator,
} from '../shared/record-versions'

/** A row of the matrix: one principle. */
export interface TLPrincipleRow extends BaseRecord<
  typeof principleRowTypeName,
  RecordId<TLPrincipleRow>
> {
  matrixId: TLShapeId
  /** One of the five principles, or null for one the workshop adds. */
  key: PrincipleKey | null
  name: string
  /** Order, top to bottom, as a fractional index. */
  index: IndexKey
  meta: JsonObject
}

/**
 * A business unit's role for one principle. The unit is a department as written on the board
 * (folded as the model folds it); a cell with no role is no record at all.
 */
export interface TLPrincipleCell extends BaseRecord<
  typeof principleCellTypeName,
  RecordId<TLPrincipleCell>
> {
  matrixId: TLShapeId
  rowId: RecordId<TLPrincipleRow>
  department: string
  role: PrincipleRole
  /** Why, or how; '' when none is written. */
  note: string
  meta: JsonObject
}

export type TLPrinciplePart = TLPrincipleRow | TLPrincipleCell

declare module '@tldraw/tlschema' {
  interface TLGlobalRecordPropsMap {
    [principleRowTypeName]: TLPrincipleRow
    [principleCellTypeName]: TLPrincipleCell
  }
}

export const principleRowValidator: T.Validator<TLPrincipleRow> = T.object({
  id: idValidator<RecordId<TLPrincipleRow>>(principleRowTypeName),
  typeName: T.literal(principleRowTypeName),
  matrixId: idValidator<TLShapeId>('shape'),
  key: T.literalEnum(...principleKeys).nullable(),
  name: T.string,
  index: T.indexKey,
  meta: recordMetaValidator,
})

export const principleCellValidator: T.Validator<TLPrincipleCell> = T.object({
  id: idValidator<RecordId<TLPrincipleCell>>(principleCellTypeName),
  typeName: T.literal(principleCellTypeName),
  matrixId: idValidator<TLShapeId>('shape'),
  rowId: idValidator<RecordId<TLPrincipleRow>>(principleRowTypeName),
  department: T.string,
  role: T.literalEnum(...principleRoles),
  note: T.string,
  meta: recordMetaValidator,
})

/** Store info (scope, validator, migrations) of each part's record type, for the shape's schema. */
export const principlePartRecords = [
  {
    typeName: principleRowTypeName,
    ...firstRecordVersion(principleRowTypeName, principleRowValidator),
  },
  {
    typeName: principleCellTypeName,
    ...firstRecordVersion(principleCellTypeName, principleCellValidator),
  },
] as const

/** A matrix's rows in order, and its cells. Reactive inside a computed. */
export function principlePartsOf(store: TLStore, matrixId: TLShapeId) {
  return {
    rows: childRecordsOf(store, principleRowTypeName, 'matrixId', matrixId),
    cells: cellsOf(store, matrixId),
  }
}

function cellsOf(store: TLStore, matrixId: TLShapeId): TLPrincipleCell[] {
  const ids = store.query.index(principleCellTypeName, 'matrixId').get().get(matrixId)
  return [...(ids ?? [])].flatMap((id) => store.get(id) ?? [])
}

export function principlePartId<Part extends TLPrinciplePart>(
  typeName: Part['typeName'],
): RecordId<Part> {
  return `${typeName}:${crypto.randomUUID()}` as RecordId<Part>
}

/** A row the workshop adds, below the matrix's last. */
export function newPrincipleRow(store: TLStore, matrixId: TLShapeId, name: string): TLPrincipleRow {
  return {
    id: principlePartId<TLPrincipleRow>(principleRowTypeName),
    typeName: principleRowTypeName,
    matrixId,
    key: null,
    name,
    index: indexAfterLast(principlePartsOf(store, matrixId).rows),
    meta: {},
  }
}

/** What a new matrix starts with: the five principles, in the order workshops discuss them. */
export function standardPrincipleRows(matrixId: TLShapeId): TLPrincipleRow[] {
  const indices = getIndices(principleKeys.length + 1).slice(1)
  return principleKeys.map((key, n) => ({
    id: principlePartId<TLPrincipleRow>(principleRowTypeName),
    typeName: principleRowTypeName,
    matrixId,
    key,
    name: principleWords[key].name,
    index: indices[n]!,
    meta: {},
  }))
}
