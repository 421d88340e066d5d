// Value links: the record of "need fulfilled by offering", its validator and queries.
import type { BaseRecord, RecordId } from '@tldraw/store'
import { idValidator, type TLStore } from '@tldraw/tlschema'
import type { JsonObject } from '@tldraw/utils'
import { T } from '@tldraw/validate'
import { offeringItemTypeName, personaNeedTypeName, valueLinkTypeName } from '@/lib/model'
import type { TLOfferingItemId } from '../organisation/offering-record'
import type { TLPersonaNeedId } from '../persona/need-record'
import { firstRecordVersion, recordMetaValidator } from '../shared/record-versions'

export type TLValueLinkId = RecordId<TLValueLink>

/**
 * "Need fulfilled by offering", the link that lives in the value zone. A record rather than
 * a bound arrow: its ends are records (a persona's need, an organisation's product or
 * service), not shapes, and tldraw bindings only join shapes.
 */
export interface TLValueLink extends BaseRecord<typeof valueLinkTypeName, TLValueLinkId> {
  needId: TLPersonaNeedId
  offeringId: TLOfferingItemId
  /** Why or how the offering fulfils the need; '' when none is written. */
  note: string
  meta: JsonObject
}

declare module '@tldraw/tlschema' {
  interface TLGlobalRecordPropsMap {
    [valueLinkTypeName]: TLValueLink
  }
}

export const valueLinkValidator: T.Validator<TLValueLink> = T.object({
  id: idValidator<TLValueLinkId>(valueLinkTypeName),
  typeName: T.literal(valueLinkTypeName),
  needId: idValidator<TLPersonaNeedId>(personaNeedTypeName),
  offeringId: idValidator<TLOfferingItemId>(offeringItemTypeName),
  note: T.string,
  meta: recordMetaValidator,
})

export const {
  versions: valueLinkVersions,
  migrations: valueLinkMigrations,
  recordInfo: valueLinkRecordInfo,
} = firstRecordVersion(valueLinkTypeName, valueLinkValidator)

/** Every value link on the board. Reactive inside a computed. */
export function valueLinksOf(store: TLStore): TLValueLink[] {
  return store.query.records(valueLinkTypeName).get()
}

/** A complete new link; check it with `checkValueLink` first. */
export function newValueLink(
  fields: Pick<TLValueLink, 'needId' | 'offeringId'> & Partial<Pick<TLValueLink, 'id' | 'note'>>,
): TLValueLink {
  return {
    id: fields.id ?? (`${valueLinkTypeName}:${crypto.randomUUID()}` as TLValueLinkId),
    typeName: valueLinkTypeName,
    needId: fields.needId,
    offeringId: fields.offeringId,
    note: fields.note ?? '',
    meta: {},
  }
}
