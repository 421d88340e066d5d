// The organisation card as drawn and edited in place: goals, processes, products and services.
import { useRef, useState } from 'react'
import { useIsLockedForMe } from '../shared/locks'
import { useEditor, useIsEditing, useValue, type TLStore } from 'tldraw'
import {
  cubeItemTypeName,
  fulfils,
  offeringKinds,
  offeringKindWords,
  type OfferingKind,
  cubeShapeType,
  organisationShapeType,
} from '@/lib/model'
import { visibleTo } from '../shared/private-items'
import { type TLCubeItem, type TLCubeItemId } from '../cube/item-record'
import { editingPointerProps, PropField, useFocusAfterRender } from '../shared/inline-fields'
import {
  newOfferingItem,
  offeringItemName,
  offeringItemsOf,
  type TLOfferingItemId,
} from './offering-record'
import type { TLOrganisationShape } from './schema'
import { RecordList } from '../shared/record-list'
import { useCanvasVote, VoteDots, voteTargetProps } from '../shared/vote-dots'
import { useRowPlaces } from '../shared/row-places'
import { valueZoneCoverageOf } from '../value-zone/board'
import { removeOfferingItems } from '../value-zone/side-effects'

/** The organisation card: name, then goals → processes → products and services. */
export function OrganisationView({ shape }: { shape: TLOrganisationShape }) {
  const editor = useEditor()
  const isEditing = useIsEditing(shape.id)
  const locked = useIsLockedForMe(shape.id)
  const vote = useCanvasVote()
  const root = useRef<HTMLDivElement>(null)
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const items = useValue(
    'organisation items',
    () => visibleTo(editor, offeringItemsOf(editor.store, shape.id)),
    [editor, shape.id],
  )
  const names = useValue(
    'organisation item names',
    () => new Map(items.map((item) => [item.id, offeringItemName(editor.store, item)])),
    [editor, items],
  )
  const idle = useValue('idle offerings', () => valueZoneCoverageOf(editor.store).idleOfferingIds, [
    editor,
  ])
  const cubeServices = useValue('cube services', () => cubeServicesOf(editor.store), [editor])

  const [wasEditing, setWasEditing] = useState(isEditing)
  if (wasEditing !== isEditing) {
    setWasEditing(isEditing)
    setFocusKey(isEditing ? 'organisation-name' : null)
  }
  useFocusAfterRender(root, focusKey, setFocusKey, [isEditing])
  // Where its rows sit, for the value zone's lines to point at.
  useRowPlaces(root)

  const add = (kind: OfferingKind, text: string, cubeItemId: TLCubeItemId | null = null) => {
    const item = newOfferingItem(editor.store, {
      organisationId: shape.id,
      kind,
      text,
      cubeItemId,
    })
    editor.markHistoryStoppingPoint('add organisation item')
    editor.store.put([item])
    return item.id
  }
  const pickedCubeItems = new Set(items.map((item) => item.cubeItemId))

  return (
    <div
      ref={root}
      className="organisation-card"
      data-editing={isEditing}
      {...editingPointerProps(isEditing)}
    >
      <div className="organisation-header">
        {isEditing ? (
          <PropField
            readOnly={locked}
            label="Organisation name"
            focusKey="organisation-name"
            value={shape.props.name}
            placeholder="Organisation, e.g. Nordic Bank"
            className="organisation-name"
            onCommit={(name) =>
              editor.updateShape<TLOrganisationShape>({
                id: shape.id,
                type: organisationShapeType,
                props: { name },
              })
            }
          />
        ) : (
          <span className="organisation-name" {...voteTargetProps(vote, shape.id)}>
            {shape.props.name || 'Organisation'}
            <VoteDots id={shape.id} />
          </span>
        )}
      </div>
      {offeringKinds.map((kind) => {
        const group = items.filter((item) => item.kind === kind)
        if (!isEditing && group.length === 0) return null
        return (
          <section
            key={kind}
            className="organisation-group"
            aria-label={offeringKindWords[kind].group}
          >
            <h2>{offeringKindWords[kind].group}</h2>
            <RecordList
              isEditing={isEditing}
              rows={group.map((item) => ({
                id: item.id,
                text: names.get(item.id) ?? item.text,
                label: offeringKindWords[kind].one,
                // A cube's service is renamed on its cube, so both boards keep one name.
                editable: item.cubeItemId === null,
                data: {
                  'data-idle': idle.has(item.id),
                  'data-from-cube': item.cubeItemId !== null,
                },
                after: (
                  <>
                    {item.cubeItemId ? (
                      <span className="offering-cube">
                        from cube {cubeTitle(editor.store, item.cubeItemId)}
                      </span>
                    ) : null}
                    {fulfils(kind) && idle.has(item.id) ? (
                      <span className="offering-idle">⚑ fulfils no need</span>
                    ) : null}
                  </>
                ),
              }))}
              adders={[
                { key: kind, label: offeringKindWords[kind].one, add: (text) => add(kind, text) },
              ]}
              onChangeText={(id, text) => {
                editor.markHistoryStoppingPoint('edit organisation item')
                editor.store.update(id as TLOfferingItemId, (current) => ({ ...current, text }))
              }}
              onRemove={(id) => {
                editor.markHistoryStoppingPoint('delete organisation item')
                removeOfferingItems(editor.store, [id as TLOfferingItemId])
              }}
            />
            {isEditing && kind === 'service' ? (
              <label className="organisation-pick">
                Service from a cube
                <select
                  aria-label="Service from a cube"
                  value=""
                  onChange={(event) => {
                    const service = cubeServices.find((one) => one.id === event.target.value)
                    if (service) add('service', service.text, service.id)
                  }}
                >
                  <option value="">Pick a Front Stage service…</option>
                  {cubeServices
                    .filter((service) => !pickedCubeItems.has(service.id))
                    .map((service) => (
                      <option key={service.id} value={service.id}>
                        {service.text} ({cubeTitle(editor.store, service.id)})
                      </option>
                    ))}
                </select>
              </label>
            ) : null}
          </section>
        )
      })}
    </div>
  )
}

/** The Front Stage services of every cube on the board, by name. */
function cubeServicesOf(store: TLStore): TLCubeItem[] {
  return store.query
    .records(cubeItemTypeName)
    .get()
    .filter((item) => item.kind === 'service' && item.text)
    .sort((a, b) => a.text.localeCompare(b.text))
}

function cubeTitle(store: TLStore, cubeItemId: TLCubeItemId): string {
  const item = store.get(cubeItemId)
  const cube = item ? store.get(item.cubeId) : undefined
  if (!cube) return '(no longer on the board)'
  return cube.type === cubeShapeType ? `"${cube.props.title || 'Untitled offering'}"` : ''
}
