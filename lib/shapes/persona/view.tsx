// The persona card as drawn and edited in place: face, name, description, coverage and needs.
import { useCallback, useRef, useState } from 'react'
import { useIsLockedForMe } from '../shared/locks'
import { useEditor, useIsEditing, useValue } from 'tldraw'
import { visibleTo } from '../shared/private-items'
import { formatPercent, personaShapeType, type NeedCount } from '@/lib/model'
import { editingPointerProps, PropField, useFocusAfterRender } from '../shared/inline-fields'
import { offeringItemName } from '../organisation/offering-record'
import { needsOf, newPersonaNeed, type TLPersonaNeedId } from './need-record'
import { personaFace, type TLPersonaShape } from './schema'
import { RecordList, type ListedRecord } from '../shared/record-list'
import { useCanvasVote, VoteDots, voteTargetProps } from '../shared/vote-dots'
import { useRowPlaces } from '../shared/row-places'
import { removeNeeds } from '../value-zone/side-effects'
import { valueLinksOf } from '../value-zone/value-link-record'
import { fulfillingOfferingsOf, linkNeedToOffering, valueZoneCoverageOf } from '../value-zone/board'

/** Stated and unstated needs differ by label, icon and border, not only by colour. */
const needKinds = {
  stated: { label: 'stated need', badge: 'Stated', icon: '“' },
  unstated: { label: 'unstated need', badge: 'Unstated', icon: '◌' },
} as const

/** A persona card: face, name, description, coverage and needs, edited in place. */
export function PersonaView({ shape }: { shape: TLPersonaShape }) {
  const editor = useEditor()
  const isEditing = useIsEditing(shape.id)
  const locked = useIsLockedForMe(shape.id)
  const vote = useCanvasVote()
  const root = useRef<HTMLDivElement>(null)
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const needs = useValue(
    'persona needs',
    () => visibleTo(editor, needsOf(editor.store, shape.id)),
    [editor, shape.id],
  )
  const coverage = useValue('persona coverage', () => valueZoneCoverageOf(editor.store), [editor])
  const fulfilledBy = useValue(
    'needs fulfilled by',
    () => {
      const offerings = new Map<string, { id: string; name: string }[]>()
      for (const link of valueLinksOf(editor.store)) {
        const offering = editor.store.get(link.offeringId)
        if (!offering) continue
        const list = offerings.get(link.needId) ?? []
        list.push({ id: offering.id, name: offeringItemName(editor.store, offering) })
        offerings.set(link.needId, list)
      }
      return offerings
    },
    [editor],
  )
  const offerings = useValue(
    'offerings on the board',
    () => (isEditing ? fulfillingOfferingsOf(editor.store) : []),
    [editor, isEditing],
  )
  const { name, description } = shape.props

  const [wasEditing, setWasEditing] = useState(isEditing)
  if (wasEditing !== isEditing) {
    setWasEditing(isEditing)
    setFocusKey(isEditing ? 'persona-name' : null)
  }
  useFocusAfterRender(root, focusKey, setFocusKey, [isEditing])
  // Where its rows sit, for the value zone's lines to point at.
  useRowPlaces(root)

  const updateProps = useCallback(
    (props: Partial<TLPersonaShape['props']>) =>
      editor.updateShape<TLPersonaShape>({ id: shape.id, type: personaShapeType, props }),
    [editor, shape.id],
  )

  const mine = coverage.byPersona.get(shape.id)
  const rows: ListedRecord[] = needs.map((need) => {
    const kind = needKinds[need.stated ? 'stated' : 'unstated']
    const fulfilling = fulfilledBy.get(need.id) ?? []
    const unmet = coverage.unmetNeedIds.has(need.id)
    return {
      id: need.id,
      text: need.text,
      label: kind.label,
      data: { 'data-stated': need.stated, 'data-unmet': unmet },
      badge: (
        <span className="need-kind" aria-hidden="true">
          {kind.icon} {kind.badge}
        </span>
      ),
      after: unmet ? (
        <span className="need-unmet">⚠ unmet</span>
      ) : (
        <span className="need-fulfilled">
          ✓ fulfilled by {fulfilling.map((offering) => offering.name).join(', ')}
        </span>
      ),
      tools: (
        <>
          <select
            aria-label={`${need.text || 'need'} fulfilled by`}
            value=""
            onChange={(event) => {
              editor.markHistoryStoppingPoint('link need to offering')
              linkNeedToOffering(editor.store, need.id, event.target.value)
            }}
          >
            <option value="">Fulfilled by…</option>
            {offerings
              .filter((offering) => !fulfilling.some((linked) => linked.id === offering.id))
              .map((offering) => (
                <option key={offering.id} value={offering.id}>
                  {offering.name}
                </option>
              ))}
          </select>
          <button
            type="button"
            onClick={() => {
              editor.markHistoryStoppingPoint('change need kind')
              editor.store.update(need.id, (current) => ({ ...current, stated: !current.stated }))
            }}
          >
            Make {need.stated ? 'unstated' : 'stated'}
          </button>
        </>
      ),
    }
  })

  const addNeed = (stated: boolean) => (text: string) => {
    const need = newPersonaNeed(editor.store, { personaId: shape.id, text, stated })
    editor.markHistoryStoppingPoint('add need')
    editor.store.put([need])
    return need.id
  }

  return (
    <div
      ref={root}
      className="persona-card"
      data-editing={isEditing}
      {...editingPointerProps(isEditing)}
    >
      <div className="persona-header">
        <span className="persona-face" aria-label="Face">
          {personaFace(shape.props)}
        </span>
        {isEditing ? (
          <div className="persona-fields">
            <PropField
              readOnly={locked}
              label="Persona name"
              focusKey="persona-name"
              value={name}
              placeholder="Persona, e.g. Self-service home buyer"
              className="persona-name"
              onCommit={(value) => updateProps({ name: value })}
            />
            <PropField
              readOnly={locked}
              label="Description"
              focusKey="persona-description"
              value={description}
              placeholder="What they have in common"
              className="persona-description"
              onCommit={(value) => updateProps({ description: value })}
            />
            <PropField
              readOnly={locked}
              label="Face (emoji or initials)"
              focusKey="persona-face"
              value={shape.props.face}
              placeholder="🙂 or initials"
              className="persona-face-field"
              onCommit={(value) => updateProps({ face: value })}
            />
          </div>
        ) : (
          <div className="persona-fields">
            <span className="persona-name" {...voteTargetProps(vote, shape.id)}>
              {name || 'Unnamed persona'}
              <VoteDots id={shape.id} />
            </span>
            <span className="persona-description">{description}</span>
          </div>
        )}
      </div>
      {mine ? (
        <CoverageLine stated={mine.stated} unstated={mine.unstated} overall={mine.overall} />
      ) : null}
      <RecordList
        isEditing={isEditing}
        rows={rows}
        className="persona-needs"
        adders={[
          { key: 'stated', label: needKinds.stated.label, add: addNeed(true) },
          { key: 'unstated', label: needKinds.unstated.label, add: addNeed(false) },
        ]}
        onChangeText={(id, text) => {
          editor.markHistoryStoppingPoint('edit need')
          editor.store.update(id as TLPersonaNeedId, (current) => ({ ...current, text }))
        }}
        onRemove={(id) => {
          editor.markHistoryStoppingPoint('delete need')
          removeNeeds(editor.store, [id as TLPersonaNeedId])
        }}
      />
      {!isEditing && needs.length === 0 ? (
        <p className="persona-empty">Stated and unstated needs of this persona</p>
      ) : null}
    </div>
  )
}

/** "Coverage 50%" with the stated and unstated shares and their hand counts. */
export function CoverageLine(props: {
  stated: NeedCount
  unstated: NeedCount
  overall: NeedCount
}) {
  const part = (count: NeedCount) => `${formatPercent(count)} (${count.met} of ${count.total})`
  return (
    <p className="persona-coverage">
      <strong>Coverage {formatPercent(props.overall)}</strong>
      <span>Stated {part(props.stated)}</span>
      <span>Unstated {part(props.unstated)}</span>
    </p>
  )
}
