// The cube as drawn and edited in place: top band, faces with their items, the turn control.
import { useCallback, useId, useRef, useState, type CSSProperties, type KeyboardEvent } from 'react'
import { stopEventPropagation, useEditor, useIsEditing, useValue, type Editor } from 'tldraw'
import { LockBadge, useIsLockedForMe } from '../shared/locks'
import {
  cubeShapeType,
  faceWords,
  hasTerms,
  itemKindsByFace,
  itemKindWords,
  type CubeFace,
  type FaceItemKind,
} from '@/lib/model'
import { visibleTo } from '../shared/private-items'
import {
  cubeItemsOf,
  indexAfterMove,
  newCubeItem,
  type TLCubeItem,
  type TLCubeItemId,
} from './item-record'
import type { TLCubeShape } from './schema'
import { cubeDisplaySize, cubeOutline } from './util'
import { coloursOfDepartment, type DepartmentColours } from './department-colours'
import { departmentColoursOn } from './board-departments'
import { ItemEditor, PropField, termsField, useFocusAfterRender } from '../shared/inline-fields'
import { serviceLinksOf } from '../service-link/links'
import { dropVerdictOn, isDraggingLink, showsBackStageForDrag } from '../service-link/link-drag'
import { itemIdAttribute, LinkDragHandle } from '../service-link/link-drag-handle'
import { MoreBelow, useGrowToContent } from '../shared/grow-to-content'
import { useCanvasVote, VoteDots, voteTargetProps } from '../shared/vote-dots'

/** Where keyboard focus should go after the next render (see `data-focus-key`). */
type FocusKey = string

const addKey = (kind: FaceItemKind, processId: TLCubeItemId | null) =>
  `add:${kind}:${processId ?? ''}`
const itemKey = (id: TLCubeItemId) => `item:${id}`

/** The editor of one item's text (and terms), or of a new item not yet written. */
type ItemDraft =
  | { mode: 'edit'; id: TLCubeItemId }
  | { mode: 'add'; kind: FaceItemKind; processId: TLCubeItemId | null }

interface CubeActions {
  editor: Editor
  isEditing: boolean
  /** Whether this person may draw links: services then have a drag handle. */
  mayLink: boolean
  draft: ItemDraft | null
  setDraft(draft: ItemDraft | null): void
  focusNext(key: FocusKey): void
}

/** The cube as drawn on the canvas: top band, two visible side faces, and the turn control. */
export function CubeView({ shape }: { shape: TLCubeShape }) {
  const editor = useEditor()
  const isEditing = useIsEditing(shape.id)
  const locked = useIsLockedForMe(shape.id)
  const items = useValue(
    'cube items',
    () => visibleTo(editor, cubeItemsOf(editor.store, shape.id)),
    [editor, shape.id],
  )
  const [draft, setDraft] = useState<ItemDraft | null>(null)
  const [focusKey, setFocusKey] = useState<FocusKey | null>(null)
  const root = useRef<HTMLDivElement>(null)
  const { w, h } = cubeDisplaySize(shape)
  const { rise, angle } = cubeOutline(w, h)
  const colours = useValue(
    'department colours',
    () => coloursOfDepartment(departmentColoursOn(editor).get(), shape.props.department),
    [editor, shape.props.department],
  )
  const { title, department, turned, collapsed } = shape.props
  const mayLink = useValue('may draw links', () => !editor.getIsReadonly(), [editor])
  const draggingLink = useValue('dragging a link', () => isDraggingLink(editor), [editor])
  // Hovered by a dragged link: the Back Stage shows, to this person only, until it leaves.
  const showsBackStage = useValue(
    'turned for a dragged link',
    () => showsBackStageForDrag(editor, shape.id),
    [editor, shape.id],
  )
  const vote = useCanvasVote()

  // Starting to edit the cube (Enter or double-click) puts the keyboard inside it; stopping
  // drops any half-written item. Adjusted during render, as React advises for derived state.
  const [wasEditing, setWasEditing] = useState(isEditing)
  if (wasEditing !== isEditing) {
    setWasEditing(isEditing)
    setDraft(null)
    setFocusKey(isEditing ? (title ? firstFaceFocusKey(shape) : 'title') : null)
  }

  useFocusAfterRender(root, focusKey, setFocusKey, [items, draft, isEditing])
  // An open cube grows until both faces it shows fit; a collapsed one only counts its items.
  // Turned for a drag, it is not grown: the board's cube keeps the face it shows everyone.
  const content = useGrowToContent(shape.id, root, openFaces, '.cube-item', !showsBackStage)

  const updateProps = useCallback(
    (props: Partial<TLCubeShape['props']>) =>
      editor.updateShape<TLCubeShape>({ id: shape.id, type: cubeShapeType, props }),
    [editor, shape.id],
  )

  const actions: CubeActions = {
    editor,
    isEditing,
    mayLink,
    draft,
    setDraft,
    focusNext: setFocusKey,
  }
  const visibleFaces: [CubeFace, CubeFace] =
    turned || showsBackStage ? ['experience', 'back-stage'] : ['front-stage', 'experience']
  const interactive: CSSProperties = { pointerEvents: isEditing ? 'all' : 'none' }
  const stopIfEditing = isEditing ? stopEventPropagation : undefined

  return (
    <div
      ref={root}
      className="cube"
      data-collapsed={collapsed}
      data-editing={isEditing}
      data-show-all={content.open}
      data-link-drag={draggingLink}
      data-back-stage-preview={showsBackStage || undefined}
      style={{ width: w, height: h, '--cube-edge': colours.edge } as CSSProperties}
      onPointerDown={stopIfEditing}
      onPointerUp={stopIfEditing}
      onDoubleClick={stopIfEditing}
    >
      <CubeBody w={w} h={h} rise={rise} colours={colours} />
      <LockBadge shapeId={shape.id} />
      <MoreBelow content={content} />
      {/* Before the title in the tab order: Shift+Tab from the title reaches them. */}
      <div className="cube-controls" style={interactive}>
        <button
          type="button"
          tabIndex={isEditing ? 0 : -1}
          disabled={locked}
          onClick={() => updateProps({ turned: !turned })}
          title={turned ? 'Show Front Stage and Experience' : 'Show Back Stage'}
        >
          {turned ? '↺ Front Stage' : '↻ Back Stage'}
        </button>
        <button
          type="button"
          tabIndex={isEditing ? 0 : -1}
          disabled={locked}
          onClick={() => updateProps({ collapsed: !collapsed })}
        >
          {collapsed ? 'Expand' : 'Collapse'}
        </button>
      </div>
      <div className="cube-top" style={{ height: rise * 2, ...interactive }}>
        {isEditing ? (
          <>
            <PropField
              readOnly={locked}
              label="Offering"
              focusKey="title"
              value={title}
              placeholder="Offering, e.g. Mortgage Loan"
              className="cube-title"
              onCommit={(value) => updateProps({ title: value })}
            />
            <PropField
              readOnly={locked}
              label="Department"
              focusKey="department"
              value={department}
              placeholder="Department, e.g. Retail Sales"
              className="cube-department"
              onCommit={(value) => updateProps({ department: value })}
            />
          </>
        ) : (
          <>
            <span className="cube-title" {...voteTargetProps(vote, shape.id)}>
              {title || 'Untitled offering'}
            </span>
            <span className="cube-department">{department || 'No department yet'}</span>
            <VoteDots id={shape.id} />
          </>
        )}
      </div>
      {visibleFaces.map((face, side) => (
        <div
          key={face}
          className="cube-face"
          data-face={face}
          style={{
            left: side === 0 ? 0 : w / 2,
            top: side === 0 ? rise : rise * 2,
            width: w / 2,
            height: h - rise * 2,
            transform: `skewY(${side === 0 ? angle : -angle}deg)`,
            ...interactive,
          }}
        >
          {/* Under the board's title (h1): headings that skip a level lose screen-reader users. */}
          <h2 className="cube-face-name">{faceWords[face].name}</h2>
          {collapsed ? (
            <p className="cube-face-count">
              {countLabel(items.filter((item) => item.face === face).length)}
            </p>
          ) : (
            <FaceItems face={face} shape={shape} items={items} actions={actions} />
          )}
        </div>
      ))}
    </div>
  )
}

/** The box behind the HTML: three faces in three tones of the department colour. */
function CubeBody({
  w,
  h,
  rise,
  colours,
}: {
  w: number
  h: number
  rise: number
  colours: DepartmentColours
}) {
  const top = `${w / 2},0 ${w},${rise} ${w / 2},${rise * 2} 0,${rise}`
  const left = `0,${rise} ${w / 2},${rise * 2} ${w / 2},${h} 0,${h - rise}`
  const right = `${w / 2},${rise * 2} ${w},${rise} ${w},${h - rise} ${w / 2},${h}`
  return (
    <svg className="cube-body" width={w} height={h} aria-hidden="true">
      <polygon points={top} fill={colours.top} />
      <polygon points={left} fill={colours.left} />
      <polygon points={right} fill={colours.right} />
      <g fill="none" stroke={colours.edge} strokeWidth={2} strokeLinejoin="round">
        <polygon points={top} />
        <polygon points={left} />
        <polygon points={right} />
      </g>
    </svg>
  )
}

function openFaces(cube: Element): Element[] {
  return cube.getAttribute('data-collapsed') === 'true'
    ? []
    : [...cube.querySelectorAll('.cube-face')]
}

function countLabel(count: number): string {
  return count === 1 ? '1 item' : `${count} items`
}

function firstFaceFocusKey(shape: TLCubeShape): FocusKey {
  const face: CubeFace = shape.props.turned ? 'experience' : 'front-stage'
  return addKey(itemKindsByFace[face][0], null)
}

/** The groups of one face (e.g. Products and Services), each with its items and "+ add". */
function FaceItems({
  face,
  shape,
  items,
  actions,
}: {
  face: CubeFace
  shape: TLCubeShape
  items: TLCubeItem[]
  actions: CubeActions
}) {
  const kinds = itemKindsByFace[face].filter((kind) => kind !== 'process-step')
  if (!actions.isEditing && !items.some((item) => item.face === face)) {
    // An empty face still says what belongs on it, so the room knows what to fill in.
    return <p className="cube-face-empty">{faceWords[face].hint}</p>
  }
  return (
    <div className="cube-groups">
      {kinds.map((kind) => {
        const group = items.filter((item) => item.kind === kind && item.processId === null)
        if (!actions.isEditing && group.length === 0) return null
        return (
          // Named with its cube: every cube has these groups, and regions need their own names.
          <section
            key={kind}
            className="cube-group"
            aria-label={`${itemKindWords[kind].group} of ${cubeName(shape)}`}
          >
            <h3>{itemKindWords[kind].group}</h3>
            <ol>
              {group.map((item) => (
                <li key={item.id}>
                  <ItemRow item={item} actions={actions} />
                  {kind === 'process' ? (
                    <ol className="cube-steps">
                      {items
                        .filter((step) => step.processId === item.id)
                        .map((step) => (
                          <li key={step.id}>
                            <ItemRow item={step} actions={actions} />
                          </li>
                        ))}
                      <AddItem
                        cubeId={shape.id}
                        kind="process-step"
                        processId={item.id}
                        actions={actions}
                      />
                    </ol>
                  ) : null}
                </li>
              ))}
              <AddItem cubeId={shape.id} kind={kind} processId={null} actions={actions} />
            </ol>
          </section>
        )
      })}
    </div>
  )
}

/** One item: its text (and terms), a button while not being edited, inputs while it is. */
function ItemRow({ item, actions }: { item: TLCubeItem; actions: CubeActions }) {
  const { editor, isEditing, draft, setDraft, focusNext } = actions
  const linked = useValue('item links', () => linkSummary(editor, item), [editor, item])
  const drop = useValue('drop verdict', () => dropVerdictOn(editor, item.id), [editor, item.id])
  const vote = useCanvasVote()
  const hintId = useId()
  if (draft?.mode === 'edit' && draft.id === item.id) {
    return (
      <ItemEditor
        label={itemKindWords[item.kind].one}
        text={item.text}
        second={termsOf(item.kind, item.terms)}
        onCommit={(text, terms) => {
          setDraft(null)
          focusNext(itemKey(item.id))
          if (text === item.text && terms === item.terms) return
          editor.markHistoryStoppingPoint('edit cube item')
          editor.store.update(item.id, (current) => ({ ...current, text, terms }))
        }}
      />
    )
  }
  const move = (direction: -1 | 1) => {
    const index = indexAfterMove(editor.store, item, direction)
    if (!index) return
    editor.markHistoryStoppingPoint('move cube item')
    editor.store.update(item.id, (current) => ({ ...current, index }))
    focusNext(itemKey(item.id))
  }
  const remove = () => {
    editor.markHistoryStoppingPoint('delete cube item')
    const steps = cubeItemsOf(editor.store, item.cubeId).filter(
      (other) => other.processId === item.id,
    )
    editor.store.remove([item.id, ...steps.map((step) => step.id)])
    focusNext(addKey(item.kind, item.processId))
  }
  const onKeyDown = (event: KeyboardEvent<HTMLButtonElement>) => {
    if (event.altKey && (event.key === 'ArrowUp' || event.key === 'ArrowDown')) {
      event.preventDefault()
      move(event.key === 'ArrowUp' ? -1 : 1)
    } else if (event.key === 'Delete' || event.key === 'Backspace') {
      event.preventDefault()
      remove()
    }
  }
  const withTerms = hasTerms(item.kind)
  return (
    <div
      className="cube-item"
      data-kind={item.kind}
      data-linked={linked ? true : undefined}
      data-drop={drop ?? undefined}
      {...{ [itemIdAttribute]: item.id }}
      {...voteTargetProps(vote, item.id)}
    >
      <button
        type="button"
        className="cube-item-text"
        data-focus-key={itemKey(item.id)}
        tabIndex={isEditing ? 0 : -1}
        // Named by what it shows (a label of other words fails "label in name"), described
        // by its kind and keys.
        aria-describedby={hintId}
        onClick={() => setDraft({ mode: 'edit', id: item.id })}
        onKeyDown={onKeyDown}
      >
        <span>{item.text || '…'}</span>
        {withTerms && item.terms ? <span className="cube-item-terms">{item.terms}</span> : null}
        {linked ? <span className="cube-item-link">{linked}</span> : null}
      </button>
      <VoteDots id={item.id} />
      <span id={hintId} hidden>
        {`${itemKindWords[item.kind].one}${item.text ? '' : ', empty'}. Enter to edit, Alt+arrows to move, Delete to remove`}
      </span>
      {isEditing ? (
        <span className="cube-item-tools">
          <button type="button" tabIndex={-1} aria-label="Move up" onClick={() => move(-1)}>
            ↑
          </button>
          <button type="button" tabIndex={-1} aria-label="Move down" onClick={() => move(1)}>
            ↓
          </button>
          <button type="button" tabIndex={-1} aria-label="Delete" onClick={remove}>
            ×
          </button>
        </span>
      ) : null}
      {actions.mayLink && item.kind === 'service' ? <LinkDragHandle serviceId={item.id} /> : null}
    </div>
  )
}

/**
 * The links a service or step takes part in, as the cube says them: "→ serves Mortgage
 * Loan" on a service, "← from Credit Risk" on a step. Null for an item with none.
 */
function linkSummary(editor: Editor, item: TLCubeItem): string | null {
  if (item.kind !== 'service' && item.kind !== 'process-step') return null
  const isService = item.kind === 'service'
  const others = serviceLinksOf(editor.store)
    .filter((link) => (isService ? link.props.serviceId : link.props.stepId) === item.id)
    .map((link) => editor.store.get(isService ? link.props.stepId : link.props.serviceId))
    .map((other) => {
      const cube = other ? editor.getShape(other.cubeId) : undefined
      return cube?.type === cubeShapeType ? cubeName(cube) : null
    })
    .filter((title): title is string => title !== null)
  if (others.length === 0) return null
  return isService ? `→ serves ${[...new Set(others)].join(', ')}` : `← from ${others[0]}`
}

/** "+ add" at the end of a group; turns into an empty item editor. */
function AddItem({
  cubeId,
  kind,
  processId,
  actions,
}: {
  cubeId: TLCubeShape['id']
  kind: FaceItemKind
  processId: TLCubeItemId | null
  actions: CubeActions
}) {
  const { editor, isEditing, draft, setDraft, focusNext } = actions
  if (!isEditing) return null
  const key = addKey(kind, processId)
  if (draft?.mode === 'add' && draft.kind === kind && draft.processId === processId) {
    return (
      <li>
        <ItemEditor
          label={itemKindWords[kind].one}
          text=""
          second={termsOf(kind, '')}
          onCommit={(text, terms) => {
            setDraft(null)
            if (!text && !terms) return focusNext(key)
            const item = newCubeItem(editor.store, { cubeId, kind, processId, text, terms })
            editor.markHistoryStoppingPoint('add cube item')
            editor.store.put([item])
            focusNext(itemKey(item.id))
          }}
        />
      </li>
    )
  }
  return (
    <li>
      <button
        type="button"
        className="cube-add"
        data-focus-key={key}
        onClick={() => setDraft({ mode: 'add', kind, processId })}
      >
        + {itemKindWords[kind].one}
      </button>
    </li>
  )
}

/** The terms line of a product or service editor; other kinds have none. */
function termsOf(kind: FaceItemKind, terms: string) {
  return hasTerms(kind) ? { ...termsField, value: terms } : undefined
}

/** How a cube is named to people: its title, or that it has none yet. */
function cubeName(cube: TLCubeShape): string {
  return cube.props.title || 'untitled cube'
}
