// The experience map as drawn and edited in place: phases, stages, the experience line, lanes and touchpoints.
import { useCallback, useRef, useState, type ReactNode } from 'react'
import { useEditor, useIsEditing, useValue, type Editor, type TLShapeId } from 'tldraw'
import {
  checkTouchpointLink,
  cubeItemTypeName,
  cubeShapeType,
  experienceScores,
  experienceWords,
  itemKindNames,
  journeyShapeType,
  laneKindWords,
  laneKinds,
  painSeverities,
  painSeverityWords,
  personaShapeType,
  type ExperienceScore,
  type FaceItemKind,
  type LaneKind,
} from '@/lib/model'
import { useSizeFollowsContent } from '../shared/grow-to-content'
import { editingPointerProps, PropField, useFocusAfterRender } from '../shared/inline-fields'
import { visibleTo } from '../shared/private-items'
import { RecordList, type ListedRecord } from '../shared/record-list'
import { indexAfterMoving } from '../shared/record-versions'
import { journeyLayout } from './layout'
import {
  journeyPartsOf,
  newJourneyLane,
  newJourneyPhase,
  newJourneyStage,
  newTouchpoint,
  stageInPhase,
  stageMoved,
  type TLJourneyLane,
  type TLJourneyPart,
  type TLJourneyPhase,
  type TLJourneyStage,
  type TLTouchpoint,
} from './part-records'
import type { TLJourneyShape } from './schema'

/** A column of the grid: a stage, or the place of a phase that has no stage yet. */
type Column = { phase: TLJourneyPhase; stage: TLJourneyStage | null }

/** Something in the cube network a touchpoint may point at. */
interface LinkTarget {
  id: string
  kind: 'cube' | FaceItemKind
  name: string
}

/** A customer-experience map: one grid, edited in place by keyboard as by pointer. */
export function JourneyView({ shape }: { shape: TLJourneyShape }) {
  const editor = useEditor()
  const isEditing = useIsEditing(shape.id)
  const root = useRef<HTMLDivElement>(null)
  const [focusKey, setFocusKey] = useState<string | null>(null)
  const [detailsOf, setDetailsOf] = useState<string | null>(null)
  const parts = useValue('journey parts', () => journeyPartsOf(editor.store, shape.id), [
    editor,
    shape.id,
  ])
  const touchpoints = useValue(
    'journey touchpoints',
    () => visibleTo(editor, journeyPartsOf(editor.store, shape.id).touchpoints),
    [editor, shape.id],
  )
  const personas = useValue('personas on the board', () => personasOn(editor), [editor])
  const targets = useValue('link targets', () => linkTargetsOn(editor), [editor])

  const [wasEditing, setWasEditing] = useState(isEditing)
  if (wasEditing !== isEditing) {
    setWasEditing(isEditing)
    setDetailsOf(null)
    setFocusKey(isEditing ? 'journey-title' : null)
  }
  useFocusAfterRender(root, focusKey, setFocusKey, [isEditing, parts, detailsOf])
  useSizeFollowsContent(shape.id, root)

  const columns = parts.phases.flatMap((phase): Column[] => {
    const stages = parts.stages.filter((stage) => stage.phaseId === phase.id)
    return stages.length ? stages.map((stage) => ({ phase, stage })) : [{ phase, stage: null }]
  })
  const { laneHeaderWidth, stageWidth } = journeyLayout

  const change = (mark: string, write: () => void) => {
    editor.markHistoryStoppingPoint(mark)
    write()
  }
  const update = <Part extends TLJourneyPart>(part: Part, fields: Partial<Part>) =>
    change(`edit ${part.typeName}`, () =>
      editor.store.update(part.id, (current) => ({ ...current, ...fields })),
    )
  const remove = (part: TLJourneyPart) =>
    // The side effects take what it held (side-effects.ts).
    change(`delete ${part.typeName}`, () => editor.store.remove([part.id]))
  const move = (part: TLJourneyPart, siblings: readonly TLJourneyPart[], direction: -1 | 1) => {
    const index = indexAfterMoving(siblings, part, direction)
    if (index) update(part, { index })
  }
  const add = (mark: string, record: TLJourneyPart, focus: string) => {
    change(mark, () => editor.store.put([record]))
    setFocusKey(focus)
  }
  const updateTitle = useCallback(
    (title: string) =>
      editor.updateShape<TLJourneyShape>({
        id: shape.id,
        type: journeyShapeType,
        props: { title },
      }),
    [editor, shape.id],
  )

  const shown = detailsOf ? touchpoints.find((t) => t.id === detailsOf) : undefined

  return (
    <div
      ref={root}
      className="content-sized journey-map"
      data-editing={isEditing}
      {...editingPointerProps(isEditing)}
    >
      <div className="content-sized-title">
        {isEditing ? (
          <PropField
            label="Journey title"
            focusKey="journey-title"
            value={shape.props.title}
            placeholder="Journey, e.g. Home loan journey"
            className="journey-title-field"
            onCommit={updateTitle}
          />
        ) : (
          <h2>{shape.props.title || 'Untitled experience map'}</h2>
        )}
      </div>
      <div
        className="journey-grid"
        style={{
          gridTemplateColumns: `${laneHeaderWidth}px repeat(${columns.length}, ${stageWidth}px)`,
        }}
      >
        <div className="journey-corner">
          {isEditing ? (
            <button
              type="button"
              onClick={() =>
                add(
                  'add phase',
                  newJourneyPhase(editor.store, { journeyId: shape.id, name: '' }),
                  `phase:${parts.phases.length}`,
                )
              }
            >
              + Phase
            </button>
          ) : (
            <span>Phases</span>
          )}
        </div>
        {parts.phases.map((phase, n) => {
          const stageCount = parts.stages.filter((s) => s.phaseId === phase.id).length
          const span = Math.max(1, stageCount)
          const name = phase.name || `phase ${n + 1}`
          return (
            <div key={phase.id} className="journey-phase" style={{ gridColumn: `span ${span}` }}>
              {isEditing ? (
                <>
                  <PropField
                    label={`Phase ${n + 1} name`}
                    focusKey={`phase:${n}`}
                    value={phase.name}
                    placeholder="Phase, e.g. Apply"
                    className="journey-name"
                    onCommit={(value) => update(phase, { name: value })}
                  />
                  <PartTools
                    what={`phase ${name}`}
                    directions={['left', 'right']}
                    onMove={(direction) => move(phase, parts.phases, direction)}
                    onRemove={() => remove(phase)}
                  >
                    <button
                      type="button"
                      onClick={() =>
                        add(
                          'add stage',
                          newJourneyStage(editor.store, {
                            journeyId: shape.id,
                            phaseId: phase.id,
                            name: '',
                          }),
                          `stage:${phase.id}:${stageCount}`,
                        )
                      }
                    >
                      + Stage
                      <span className="visually-hidden"> in {name}</span>
                    </button>
                  </PartTools>
                </>
              ) : (
                <span className="journey-name">{phase.name || 'Unnamed phase'}</span>
              )}
            </div>
          )
        })}

        <div className="journey-row-label">Stages</div>
        {columns.map(({ phase, stage }, n) =>
          stage ? (
            <StageHeader
              key={stage.id}
              stage={stage}
              position={n + 1}
              focusKey={`stage:${phase.id}:${parts.stages
                .filter((s) => s.phaseId === phase.id)
                .indexOf(stage)}`}
              isEditing={isEditing}
              personas={personas}
              onChange={(fields) => update(stage, fields)}
              tools={
                <PartTools
                  what={`stage ${stage.name || n + 1}`}
                  directions={['left', 'right']}
                  onMove={(direction) => {
                    const moved = stageMoved(editor.store, stage, direction)
                    if (moved) update(stage, moved)
                  }}
                  onRemove={() => remove(stage)}
                >
                  <select
                    aria-label={`Phase of stage ${stage.name || n + 1}`}
                    value={stage.phaseId}
                    onChange={(event) =>
                      update(
                        stage,
                        stageInPhase(
                          editor.store,
                          stage,
                          event.target.value as TLJourneyStage['phaseId'],
                        ),
                      )
                    }
                  >
                    {parts.phases.map((p, at) => (
                      <option key={p.id} value={p.id}>
                        {p.name || `Phase ${at + 1}`}
                      </option>
                    ))}
                  </select>
                </PartTools>
              }
            />
          ) : (
            <div key={`empty:${phase.id}`} className="journey-stage journey-empty">
              No stage yet
            </div>
          ),
        )}

        <div className="journey-row-label">Experience</div>
        <ExperienceLine columns={columns} />

        {parts.lanes.map((lane, n) => {
          const name = lane.name || laneKindWords[lane.kind].name
          return [
            <div key={lane.id} className="journey-lane" data-lane-kind={lane.kind}>
              {isEditing ? (
                <>
                  <PropField
                    label={`Lane ${n + 1} name`}
                    focusKey={`lane:${n}`}
                    value={lane.name}
                    placeholder={laneKindWords[lane.kind].name}
                    className="journey-name"
                    onCommit={(value) => update(lane, { name: value })}
                  />
                  <PartTools
                    what={`lane ${name}`}
                    directions={['up', 'down']}
                    onMove={(direction) => move(lane, parts.lanes, direction)}
                    onRemove={() => remove(lane)}
                  >
                    <select
                      aria-label={`Kind of lane ${name}`}
                      title={laneKindWords[lane.kind].hint}
                      value={lane.kind}
                      onChange={(event) => update(lane, { kind: event.target.value as LaneKind })}
                    >
                      {laneKinds.map((kind) => (
                        <option key={kind} value={kind}>
                          {laneKindWords[kind].name}
                        </option>
                      ))}
                    </select>
                  </PartTools>
                </>
              ) : (
                <span className="journey-name" title={laneKindWords[lane.kind].hint}>
                  {name}
                </span>
              )}
            </div>,
            ...columns.map(({ phase, stage }) =>
              stage ? (
                <Cell
                  key={`${stage.id}|${lane.id}`}
                  label={`${stage.name || 'Stage'} · ${name}`}
                  lane={lane}
                  isEditing={isEditing}
                  touchpoints={touchpoints.filter(
                    (t) => t.stageId === stage.id && t.laneId === lane.id,
                  )}
                  targets={targets}
                  onAdd={(text) => {
                    const touchpoint = newTouchpoint(editor.store, {
                      journeyId: shape.id,
                      stageId: stage.id,
                      laneId: lane.id,
                      text,
                    })
                    change('add touchpoint', () => editor.store.put([touchpoint]))
                    return touchpoint.id
                  }}
                  onChangeText={(id, text) => {
                    const touchpoint = touchpoints.find((t) => t.id === id)
                    if (touchpoint) update(touchpoint, { text })
                  }}
                  onRemove={(id) => {
                    const touchpoint = touchpoints.find((t) => t.id === id)
                    if (touchpoint) remove(touchpoint)
                  }}
                  onDetails={(id) => {
                    setDetailsOf(id)
                    setFocusKey('touchpoint-department')
                  }}
                  details={
                    isEditing && shown && shown.stageId === stage.id && shown.laneId === lane.id ? (
                      <TouchpointDetails
                        touchpoint={shown}
                        laneKind={lane.kind}
                        targets={targets}
                        onChange={(fields) => update(shown, fields)}
                        onDone={() => {
                          setDetailsOf(null)
                          setFocusKey(`row:${shown.id}`)
                        }}
                      />
                    ) : null
                  }
                />
              ) : (
                <div key={`empty:${phase.id}|${lane.id}`} className="journey-cell journey-empty" />
              ),
            ),
          ]
        })}
        {isEditing ? (
          <div className="journey-lane journey-add-lane">
            <button
              type="button"
              onClick={() =>
                add(
                  'add lane',
                  newJourneyLane(editor.store, { journeyId: shape.id, kind: 'other', name: '' }),
                  `lane:${parts.lanes.length}`,
                )
              }
            >
              + Lane
            </button>
          </div>
        ) : null}
      </div>
    </div>
  )
}

/** Move and delete buttons of a phase, stage or lane, each saying what it acts on. */
function PartTools(props: {
  what: string
  directions: ['left', 'right'] | ['up', 'down']
  onMove(direction: -1 | 1): void
  onRemove(): void
  children?: ReactNode
}) {
  const [back, forth] = props.directions
  const arrows = { left: '←', right: '→', up: '↑', down: '↓' } as const
  return (
    <span className="journey-part-tools">
      {props.children}
      <button
        type="button"
        aria-label={`Move ${props.what} ${back}`}
        onClick={() => props.onMove(-1)}
      >
        {arrows[back]}
      </button>
      <button
        type="button"
        aria-label={`Move ${props.what} ${forth}`}
        onClick={() => props.onMove(1)}
      >
        {arrows[forth]}
      </button>
      <button type="button" aria-label={`Delete ${props.what}`} onClick={props.onRemove}>
        ×
      </button>
    </span>
  )
}

/** A stage's head: its name, whose journey it is and how it feels. */
function StageHeader(props: {
  stage: TLJourneyStage
  /** Its column, counted from the left, to tell the stages' name fields apart. */
  position: number
  focusKey: string
  isEditing: boolean
  personas: { id: TLShapeId; name: string }[]
  onChange(fields: Partial<TLJourneyStage>): void
  tools: ReactNode
}) {
  const { stage } = props
  const name = stage.name || 'stage'
  const persona = props.personas.find((p) => p.id === stage.personaId)
  if (!props.isEditing) {
    return (
      <div className="journey-stage" data-experience={stage.experience ?? 'none'}>
        <span className="journey-name">{stage.name || 'Unnamed stage'}</span>
        {persona ? <span className="journey-persona">☺ {persona.name}</span> : null}
        {stage.experience !== null ? (
          <span className="journey-experience-word">
            {experienceWords[`${stage.experience}`]} ({signed(stage.experience)})
          </span>
        ) : null}
      </div>
    )
  }
  return (
    <div className="journey-stage" data-experience={stage.experience ?? 'none'}>
      <PropField
        label={`Stage ${props.position} name`}
        focusKey={props.focusKey}
        value={stage.name}
        placeholder="Stage, e.g. Fill in the form"
        className="journey-name"
        onCommit={(value) => props.onChange({ name: value })}
      />
      <select
        aria-label={`Experience of ${name}`}
        value={stage.experience === null ? '' : String(stage.experience)}
        onChange={(event) =>
          props.onChange({
            experience:
              event.target.value === '' ? null : (Number(event.target.value) as ExperienceScore),
          })
        }
      >
        <option value="">Experience not said</option>
        {[...experienceScores].reverse().map((score) => (
          <option key={score} value={score}>
            {signed(score)} {experienceWords[`${score}`]}
          </option>
        ))}
      </select>
      <select
        aria-label={`Persona of ${name}`}
        value={stage.personaId ?? ''}
        onChange={(event) =>
          props.onChange({ personaId: (event.target.value || null) as TLShapeId | null })
        }
      >
        <option value="">No persona</option>
        {props.personas.map((p) => (
          <option key={p.id} value={p.id}>
            {p.name}
          </option>
        ))}
      </select>
      {props.tools}
    </div>
  )
}

/** The experience line: a curve through the stages' scores, −2 at the bottom, +2 at the top. */
function ExperienceLine({ columns }: { columns: Column[] }) {
  const { stageWidth, experienceHeight } = journeyLayout
  const width = Math.max(1, columns.length) * stageWidth
  const points = columns.flatMap(({ stage }, n) =>
    stage && stage.experience !== null
      ? [
          {
            x: n * stageWidth + stageWidth / 2,
            y: journeyLayout.experienceY(stage.experience),
            stage,
          },
        ]
      : [],
  )
  // A smooth curve: each stretch leaves and reaches its points level.
  const path = points
    .map((p, n) => {
      if (n === 0) return `M ${p.x} ${p.y}`
      const from = points[n - 1]!
      const mid = (p.x - from.x) / 2
      return `C ${from.x + mid} ${from.y} ${p.x - mid} ${p.y} ${p.x} ${p.y}`
    })
    .join(' ')
  const zero = journeyLayout.experienceY(0)
  return (
    <div
      className="journey-experience"
      style={{ gridColumn: `span ${Math.max(1, columns.length)}` }}
    >
      <svg
        width={width}
        height={experienceHeight}
        role="img"
        aria-label={`Experience line: ${
          points
            .map((p) => `${p.stage.name || 'stage'} ${signed(p.stage.experience!)}`)
            .join(', ') || 'no stage scored yet'
        }`}
      >
        <line x1={0} x2={width} y1={zero} y2={zero} className="journey-experience-zero" />
        {points.length > 1 ? <path d={path} className="journey-experience-curve" /> : null}
        {points.map((p) => (
          <g key={p.stage.id} data-score={p.stage.experience}>
            <circle cx={p.x} cy={p.y} r={7} className="journey-experience-point" />
            <text x={p.x + 10} y={p.y + 4}>
              {signed(p.stage.experience!)}
            </text>
          </g>
        ))}
      </svg>
    </div>
  )
}

/** One cell: the touchpoints of a stage in a lane, as cards that say who and what hurts. */
function Cell(props: {
  label: string
  lane: TLJourneyLane
  isEditing: boolean
  touchpoints: TLTouchpoint[]
  targets: LinkTarget[]
  onAdd(text: string): string
  onChangeText(id: string, text: string): void
  onRemove(id: string): void
  onDetails(id: string): void
  /** The open details of one of its touchpoints, under the list. */
  details: ReactNode
}) {
  const rows: ListedRecord[] = props.touchpoints.map((t) => {
    const target = props.targets.find((candidate) => candidate.id === t.linkedId)
    return {
      id: t.id,
      text: t.text,
      label: t.painSeverity ? 'touchpoint, pain point' : 'touchpoint',
      data: { 'data-pain': t.painSeverity > 0, 'data-severity': String(t.painSeverity) },
      badge: t.painSeverity ? (
        <span className="touchpoint-pain">⚠ {painSeverityWords[`${t.painSeverity}`]}</span>
      ) : undefined,
      after: (
        <span className="touchpoint-facts">
          {t.department ? <span className="touchpoint-department">{t.department}</span> : null}
          {target ? <span className="touchpoint-link">↪ {target.name}</span> : null}
          {t.painSeverity && t.painNote ? (
            <span className="touchpoint-pain-note">{t.painNote}</span>
          ) : null}
        </span>
      ),
      tools: (
        <button
          type="button"
          aria-label={`Details of ${t.text || 'touchpoint'}`}
          onClick={() => props.onDetails(t.id)}
        >
          ⋯
        </button>
      ),
    }
  })
  return (
    <div
      className="journey-cell"
      role="group"
      aria-label={props.label}
      data-lane-kind={props.lane.kind}
    >
      <RecordList
        isEditing={props.isEditing}
        rows={rows}
        className="journey-touchpoints"
        adders={[{ key: 'touchpoint', label: 'touchpoint', add: props.onAdd }]}
        onChangeText={props.onChangeText}
        onRemove={props.onRemove}
      />
      {props.details}
    </div>
  )
}

/** The details of one touchpoint: who is responsible, whether it hurts, what it is in the network. */
function TouchpointDetails(props: {
  touchpoint: TLTouchpoint
  laneKind: LaneKind
  targets: LinkTarget[]
  onChange(fields: Partial<TLTouchpoint>): void
  onDone(): void
}) {
  const { touchpoint: t } = props
  const allowed = props.targets.filter(
    (target) =>
      target.id === t.linkedId ||
      checkTouchpointLink(props.laneKind, { kind: target.kind }).allowed,
  )
  return (
    <section className="journey-details" aria-label={`Touchpoint ${t.text || 'untitled'}`}>
      <h3>Touchpoint “{t.text || '…'}”</h3>
      <PropField
        label="Department responsible"
        focusKey="touchpoint-department"
        value={t.department}
        placeholder="e.g. Retail Sales"
        className="journey-detail-field"
        onCommit={(department) => props.onChange({ department })}
      />
      <label>
        Pain point{' '}
        <select
          aria-label="Pain point"
          value={t.painSeverity}
          onChange={(event) =>
            props.onChange({
              painSeverity: Number(event.target.value) as TLTouchpoint['painSeverity'],
            })
          }
        >
          <option value={0}>Not a pain point</option>
          {painSeverities.map((severity) => (
            <option key={severity} value={severity}>
              {painSeverityWords[`${severity}`]}
            </option>
          ))}
        </select>
      </label>
      <PropField
        label="Pain note"
        focusKey="touchpoint-pain-note"
        value={t.painNote}
        placeholder="What hurts and why"
        className="journey-detail-field"
        onCommit={(painNote) => props.onChange({ painNote })}
      />
      <label>
        Links to{' '}
        <select
          aria-label="Links to"
          value={t.linkedId ?? ''}
          onChange={(event) => props.onChange({ linkedId: event.target.value || null })}
        >
          <option value="">Nothing in the cube network</option>
          {allowed.map((target) => (
            <option key={target.id} value={target.id}>
              {target.name}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={props.onDone}>
        Done
      </button>
    </section>
  )
}

/** "+2", "0", "−1": how a score reads on the map. */
function signed(score: number): string {
  return score > 0 ? `+${score}` : score < 0 ? `−${-score}` : '0'
}

function personasOn(editor: Editor): { id: TLShapeId; name: string }[] {
  return editor
    .getCurrentPageShapes()
    .filter((s) => s.type === personaShapeType)
    .map((s) => ({ id: s.id, name: (s.props as { name: string }).name || 'Unnamed persona' }))
}

/** The cubes on the board and the items on their faces, named as a touchpoint's link shows them. */
function linkTargetsOn(editor: Editor): LinkTarget[] {
  const cubes = new Map(
    editor
      .getCurrentPageShapes()
      .filter((s) => s.type === cubeShapeType)
      .map((s) => [s.id as string, (s.props as { title: string }).title || 'Untitled cube']),
  )
  const items = editor.store.query.records(cubeItemTypeName).get()
  return [
    ...[...cubes].map(([id, title]) => ({ id, kind: 'cube' as const, name: `${title} (cube)` })),
    ...items
      .filter((item) => cubes.has(item.cubeId))
      .map((item) => ({
        id: item.id as string,
        kind: item.kind,
        name: `${item.text || '…'} · ${itemKindNames[item.kind]}, ${cubes.get(item.cubeId)}`,
      })),
  ].sort((a, b) => a.name.localeCompare(b.name))
}
