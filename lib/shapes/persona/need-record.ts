// Needs: the record of one need of a persona, its validator, migrations and queries.
import type { BaseRecord, RecordId } from '@tldraw/store'
import { idValidator, type TLShapeId, type TLStore } from '@tldraw/tlschema'
import type { IndexKey, JsonObject } from '@tldraw/utils'
import { T } from '@tldraw/validate'
import {
  childRecordsOf,
  firstRecordVersion,
  indexAfterLast,
  recordMetaValidator,
} from '../shared/record-versions'
import { personaNeedTypeName } from '@/lib/model'

export type TLPersonaNeedId = RecordId<TLPersonaNeed>

/**
 * One need of a persona. Each need is a record of its own, so two people editing two needs
 * of one persona both keep their edit (as with a cube's face items).
 */
export interface TLPersonaNeed extends BaseRecord<typeof personaNeedTypeName, TLPersonaNeedId> {
  /** The persona shape whose need this is. */
  personaId: TLShapeId
  text: string
  /** Said out loud by the customer (true), or expected without saying it (false). */
  stated: boolean
  /** Order within the persona's needs, as a fractional index. */
  index: IndexKey
  meta: JsonObject
}

declare module '@tldraw/tlschema' {
  interface TLGlobalRecordPropsMap {
    [personaNeedTypeName]: TLPersonaNeed
  }
}

export const personaNeedValidator: T.Validator<TLPersonaNeed> = T.object({
  id: idValidator<TLPersonaNeedId>(personaNeedTypeName),
  typeName: T.literal(personaNeedTypeName),
  personaId: idValidator<TLShapeId>('shape'),
  text: T.string,
  stated: T.boolean,
  index: T.indexKey,
  meta: recordMetaValidator,
})

export const {
  versions: personaNeedVersions,
  migrations: personaNeedMigrations,
  recordInfo: personaNeedRecordInfo,
} = firstRecordVersion(personaNeedTypeName, personaNeedValidator)

/** The needs of one persona, in order. Reactive inside a computed. */
export function needsOf(store: TLStore, personaId: TLShapeId): TLPersonaNeed[] {
  return childRecordsOf(store, personaNeedTypeName, 'personaId', personaId)
}

/** A complete new need at the end of the persona's needs. */
export function newPersonaNeed(
  store: TLStore,
  fields: Pick<TLPersonaNeed, 'personaId' | 'text' | 'stated'> & Partial<Pick<TLPersonaNeed, 'id'>>,
): TLPersonaNeed {
  return {
    id: fields.id ?? (`${personaNeedTypeName}:${crypto.randomUUID()}` as TLPersonaNeedId),
    typeName: personaNeedTypeName,
    personaId: fields.personaId,
    text: fields.text,
    stated: fields.stated,
    index: indexAfterLast(needsOf(store, fields.personaId)),
    meta: {},
  }
}
