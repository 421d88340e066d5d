/**
 * The value zone as drawn and edited in place: its links, each persona's coverage, gaps and idle
 * offerings.
 */
import { useEffect, useRef, useState } from 'react'
import { useEditor, useIsEditing, useValue, type TLStore } from 'tldraw'
import {
  offeringItemTypeName,
  offeringKindWords,
  personaNeedTypeName,
  personaShapeType,
} from '@/lib/model'
import { offeringItemName } from '../organisation/offering-record'
import { CoverageLine } from '../persona/view'
import { editingPointerProps } from '../shared/inline-fields'
import type { TLValueZoneShape } from './schema'
import { valueLinksOf } from './value-link-record'
import { ValueLinkLines } from './lines'
import {
  checkValueLinkIn,
  linkNeedToOffering,
  refusalAsNeed,
  refusalAsOffering,
  valueZoneCoverageOf,
} from './board'

interface Choice {
  id: string
  name: string
  group: string
}

/**
 * The value zone: every "need fulfilled by offering" link as a line across it (and, for
 * screen readers and while edited, as a list), each persona's coverage, the gaps and the
 * idle offerings; while edited, a form that links a need to an offering and says why when
 * the rules refuse.
 */
export function ValueZoneView({ shape }: { shape: TLValueZoneShape }) {
  const editor = useEditor()
  const isEditing = useIsEditing(shape.id)
  const state = useValue('value zone', () => readValueZone(editor.store), [editor])

  return (
    <>
      <div className="value-zone" data-editing={isEditing} {...editingPointerProps(isEditing)}>
        <h2 className="value-zone-title">Value zone</h2>
        <section aria-label="Coverage by persona">
          {state.personas.length === 0 ? (
            <p className="value-zone-empty">No personas yet: draw one to the left of the zone.</p>
          ) : null}
          {state.personas.map((persona) => (
            <div key={persona.id} className="value-zone-persona">
              <span className="value-zone-persona-name">{persona.name}</span>
              <CoverageLine {...persona.coverage} />
            </div>
          ))}
        </section>
        {/* The lines show the links; the list stays for screen readers, and for the keyboard
          (its remove buttons) while the zone is edited. */}
        <section aria-label="Value links" className={isEditing ? undefined : 'visually-hidden'}>
          <h3>Links: need → fulfilled by → offering</h3>
          <ul className="value-zone-links">
            {state.links.map((link) => (
              <li key={link.id}>
                <span>{link.need}</span> <span className="value-zone-arrow">→ fulfilled by →</span>{' '}
                <span>{link.offering}</span>
                {link.note ? <span className="value-zone-note"> ({link.note})</span> : null}
                {isEditing ? (
                  <button
                    type="button"
                    aria-label={`Remove link ${link.need} → ${link.offering}`}
                    onClick={() => {
                      editor.markHistoryStoppingPoint('remove value link')
                      editor.store.remove([link.id])
                    }}
                  >
                    ×
                  </button>
                ) : null}
              </li>
            ))}
          </ul>
          {state.links.length === 0 ? <p className="value-zone-empty">No links yet.</p> : null}
        </section>
        {isEditing ? <LinkForm state={state} /> : null}
        <section aria-label="Unmet needs" className="value-zone-gaps">
          <h3>⚠ Unmet needs ({state.unmetNeeds.length})</h3>
          <ul>
            {state.unmetNeeds.map((need) => (
              <li key={need.id}>{need.name}</li>
            ))}
          </ul>
        </section>
        <section aria-label="Offerings that fulfil no need" className="value-zone-idle">
          <h3>⚑ Offerings fulfilling no need ({state.idleOfferings.length})</h3>
          <ul>
            {state.idleOfferings.map((offering) => (
              <li key={offering.id}>{offering.name}</li>
            ))}
          </ul>
        </section>
      </div>
      <ValueLinkLines zoneId={shape.id} />
    </>
  )
}

/** Picks a need and what fulfils it; the rules' reason shows when they refuse. */
function LinkForm({ state }: { state: ValueZoneState }) {
  const editor = useEditor()
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [note, setNote] = useState('')
  const form = useRef<HTMLFormElement>(null)
  // Entering the zone (Enter or double-click) puts the keyboard on its first list.
  useEffect(() => {
    form.current?.querySelector('select')?.focus({ preventScroll: true })
  }, [])
  const verdict = from && to ? checkValueLinkIn(editor.store, from, to) : null
  const everything = [...state.needChoices, ...state.offeringChoices]
  return (
    <form
      ref={form}
      className="value-zone-form"
      onSubmit={(event) => {
        event.preventDefault()
        editor.markHistoryStoppingPoint('link need to offering')
        if (!linkNeedToOffering(editor.store, from, to, note.trim()).allowed) return
        setFrom('')
        setTo('')
        setNote('')
      }}
    >
      <label>
        Need
        <ChoiceSelect
          label="Need"
          value={from}
          onChange={setFrom}
          choices={everything}
          refusal={(id) => refusalAsNeed(editor.store, id)}
        />
      </label>
      <label>
        Fulfilled by
        <ChoiceSelect
          label="Fulfilled by"
          value={to}
          onChange={setTo}
          choices={everything}
          refusal={(id) => refusalAsOffering(editor.store, from, id)}
        />
      </label>
      <label>
        Note
        <input
          value={note}
          placeholder="optional"
          onChange={(event) => setNote(event.target.value)}
        />
      </label>
      <button type="submit" disabled={!verdict?.allowed}>
        Link
      </button>
      {verdict && !verdict.allowed ? (
        <p role="alert" className="value-zone-refusal">
          {verdict.reason}
        </p>
      ) : null}
    </form>
  )
}

/**
 * A list of everything on the board, grouped; what cannot be picked here is shown disabled,
 * with the rules' reason after its name.
 */
function ChoiceSelect(props: {
  label: string
  value: string
  onChange(value: string): void
  choices: Choice[]
  refusal(id: string): string | null
}) {
  const groups = [...new Set(props.choices.map((choice) => choice.group))]
  return (
    <select
      aria-label={props.label}
      value={props.value}
      onChange={(event) => props.onChange(event.target.value)}
    >
      <option value="">Choose…</option>
      {groups.map((group) => (
        <optgroup key={group} label={group}>
          {props.choices
            .filter((choice) => choice.group === group)
            .map((choice) => {
              const refusal = props.refusal(choice.id)
              return (
                <option key={choice.id} value={choice.id} disabled={refusal !== null}>
                  {refusal ? `${choice.name} — ${refusal}` : choice.name}
                </option>
              )
            })}
        </optgroup>
      ))}
    </select>
  )
}

type ValueZoneState = ReturnType<typeof readValueZone>

/** Everything the zone shows, with names resolved; reactive inside `useValue`. */
function readValueZone(store: TLStore) {
  const coverage = valueZoneCoverageOf(store)
  const personaNames = new Map<string, string>()
  const personas = []
  for (const shape of store.query.records('shape').get()) {
    if (shape.type !== personaShapeType) continue
    const name = shape.props.name || 'Unnamed persona'
    personaNames.set(shape.id, name)
    personas.push({ id: shape.id, name, coverage: coverage.byPersona.get(shape.id)! })
  }
  const needChoices: Choice[] = store.query
    .records(personaNeedTypeName)
    .get()
    .map((need) => ({
      id: need.id,
      name: `${need.text || '…'} (${need.stated ? 'stated' : 'unstated'})`,
      group: `Needs of ${personaNames.get(need.personaId) ?? 'a removed persona'}`,
    }))
  const offeringChoices: Choice[] = store.query
    .records(offeringItemTypeName)
    .get()
    .map((item) => ({
      id: item.id,
      name: offeringItemName(store, item),
      group: offeringKindWords[item.kind].group,
    }))
  const nameOf = new Map(
    [...needChoices, ...offeringChoices].map((choice) => [choice.id, choice.name]),
  )
  const links = valueLinksOf(store)
    .filter((link) => nameOf.has(link.needId) && nameOf.has(link.offeringId))
    .map((link) => ({
      id: link.id,
      need: nameOf.get(link.needId)!,
      offering: nameOf.get(link.offeringId)!,
      note: link.note,
    }))
  return {
    personas,
    links,
    needChoices,
    offeringChoices,
    unmetNeeds: needChoices.filter((need) => coverage.unmetNeedIds.has(need.id)),
    idleOfferings: offeringChoices.filter((item) => coverage.idleOfferingIds.has(item.id)),
  }
}
