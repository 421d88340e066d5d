// The service-link shape on the canvas: an arrow between two cubes that follows them.
import { useEffect, useRef } from 'react'
import {
  Edge2d,
  Group2d,
  HTMLContainer,
  Rectangle2d,
  ShapeUtil,
  stopEventPropagation,
  SVGContainer,
  useIsEditing,
  Vec,
  type Editor,
  type TLShapeId,
  type TLShapePartial,
} from 'tldraw'
import { conflictText, serviceLinkShapeType } from '@/lib/model'
import { type TLCubeItem } from '../cube/item-record'
import type { TLCubeShape } from '../cube/schema'
import { conflictingLinksOn, serviceLinksOf } from './links'
import {
  serviceLinkShapeSchema,
  type ServiceLinkShapeProps,
  type TLServiceLinkShape,
} from './schema'
import { laneAmong, linkPath, linkWordsHeight, type LinkEnds, type Point } from './path'

/** What a link shows and where, worked out from the board as it is now. */
interface LinkLayout {
  start: Point
  end: Point
  /** Where the words sit (their middle). */
  words: Point
  /** "Credit Application → KYC". */
  title: string
  label: string
  /** Why the model does not count this link: its step already has a provider. */
  conflict: string | null
}

const conflictLineHeight = 16
const linkColour = '#1d2433'
const conflictColour = '#b42318'

/**
 * A service link, drawn as an arrow from the provider cube to the consumer cube, labelled
 * with the service and the step. Its position is not stored: it follows the two cubes
 * wherever they move, grow or collapse, on every screen (tldraw recomputes the geometry
 * whenever a cube it reads changes).
 */
export class ServiceLinkShapeUtil extends ShapeUtil<TLServiceLinkShape> {
  static override type = serviceLinkShapeSchema.type
  static override props = serviceLinkShapeSchema.props
  static override migrations = serviceLinkShapeSchema.migrations

  override getDefaultProps(): ServiceLinkShapeProps {
    return { ...serviceLinkShapeSchema.defaultProps }
  }

  override canResize(): boolean {
    return false
  }
  override hideRotateHandle(): boolean {
    return true
  }
  override hideResizeHandles(): boolean {
    return true
  }
  override hideSelectionBoundsFg(): boolean {
    return true
  }
  override canSnap(): boolean {
    return false
  }
  override canBind(): boolean {
    return false
  }
  // Double-click (or Enter) edits the link's words.
  override canEdit(): boolean {
    return true
  }
  // Dragging a link would detach it from its cubes: it stays where its cubes put it.
  override onTranslate(initial: TLServiceLinkShape): TLShapePartial<TLServiceLinkShape> {
    return { id: initial.id, type: serviceLinkShapeType, x: initial.x, y: initial.y }
  }

  override getGeometry(shape: TLServiceLinkShape) {
    const layout = layoutOf(this.editor, shape)
    if (!layout) {
      return new Rectangle2d({ width: 1, height: 1, isFilled: false })
    }
    const mid = layout.words
    const words = [layout.title, layout.label, layout.conflict ?? '']
    const labelWidth = Math.max(...words.map((line) => line.length)) * 7 + 16
    const height = linkWordsHeight + (layout.conflict ? conflictLineHeight : 0)
    return new Group2d({
      children: [
        new Edge2d({ start: Vec.From(layout.start), end: Vec.From(layout.end) }),
        new Rectangle2d({
          x: mid.x - labelWidth / 2,
          y: mid.y - linkWordsHeight / 2,
          width: labelWidth,
          height,
          isFilled: true,
        }),
      ],
    })
  }

  override getIndicatorPath(shape: TLServiceLinkShape): Path2D {
    const path = new Path2D()
    const layout = layoutOf(this.editor, shape)
    if (layout) {
      path.moveTo(layout.start.x, layout.start.y)
      path.lineTo(layout.end.x, layout.end.y)
    }
    return path
  }

  override component(shape: TLServiceLinkShape) {
    return (
      <ServiceLinkView shape={shape} layout={layoutOf(this.editor, shape)} editor={this.editor} />
    )
  }

  override toSvg(shape: TLServiceLinkShape) {
    const layout = layoutOf(this.editor, shape)
    return layout ? <LinkDrawing layout={layout} /> : null
  }
}

function ServiceLinkView({
  shape,
  layout,
  editor,
}: {
  shape: TLServiceLinkShape
  layout: LinkLayout | null
  editor: Editor
}) {
  const isEditing = useIsEditing(shape.id)
  const input = useRef<HTMLInputElement>(null)
  // tldraw settles focus on the canvas after the double-click; take it on the next frame.
  useEffect(() => {
    if (!isEditing) return
    const frame = requestAnimationFrame(() => input.current?.focus())
    return () => cancelAnimationFrame(frame)
  }, [isEditing])
  if (!layout) return null
  const mid = layout.words
  return (
    <>
      <SVGContainer>
        <LinkDrawing layout={layout} />
      </SVGContainer>
      {isEditing ? (
        <HTMLContainer>
          <input
            className="service-link-label-input"
            aria-label="Words on the link"
            placeholder="e.g. within 2 days"
            ref={input}
            defaultValue={shape.props.label}
            style={{ left: mid.x, top: mid.y + linkWordsHeight / 2 + 4 }}
            onPointerDown={stopEventPropagation}
            onKeyDown={(event) => {
              event.stopPropagation()
              if (event.key === 'Enter' || event.key === 'Escape') editor.complete()
            }}
            onChange={(event) =>
              editor.updateShape<TLServiceLinkShape>({
                id: shape.id,
                type: serviceLinkShapeType,
                props: { label: event.target.value.slice(0, 200) },
              })
            }
          />
        </HTMLContainer>
      ) : null}
    </>
  )
}

/** The arrow and its words, the same on the canvas and in exported pictures. */
function LinkDrawing({ layout }: { layout: LinkLayout }) {
  const { start, end } = layout
  const mid = layout.words
  const angle = Math.atan2(end.y - start.y, end.x - start.x)
  const head = [
    end,
    { x: end.x - 14 * Math.cos(angle - 0.4), y: end.y - 14 * Math.sin(angle - 0.4) },
    { x: end.x - 14 * Math.cos(angle + 0.4), y: end.y - 14 * Math.sin(angle + 0.4) },
  ]
  // A conflict is dashed and red, and says why in words: colour is never the only sign.
  const colour = layout.conflict ? conflictColour : linkColour
  return (
    <g className={layout.conflict ? 'service-link service-link-conflict' : 'service-link'}>
      <line
        x1={start.x}
        y1={start.y}
        x2={end.x}
        y2={end.y}
        stroke={colour}
        strokeWidth={2.5}
        strokeDasharray={layout.conflict ? '8 6' : undefined}
      />
      <circle cx={start.x} cy={start.y} r={4} fill={colour} />
      <polygon points={head.map((p) => `${p.x},${p.y}`).join(' ')} fill={colour} />
      <text
        x={mid.x}
        y={layout.label ? mid.y - 4 : mid.y + 5}
        textAnchor="middle"
        fontFamily="system-ui, sans-serif"
        fontSize={13}
        fontWeight={600}
        fill="#1d2433"
        stroke="#ffffff"
        strokeWidth={5}
        paintOrder="stroke"
      >
        {layout.title}
      </text>
      {layout.label ? (
        <text
          x={mid.x}
          y={mid.y + 13}
          textAnchor="middle"
          fontFamily="system-ui, sans-serif"
          fontSize={12}
          fontStyle="italic"
          fill="#3b4356"
          stroke="#ffffff"
          strokeWidth={5}
          paintOrder="stroke"
        >
          {layout.label}
        </text>
      ) : null}
      {layout.conflict ? (
        <text
          x={mid.x}
          y={mid.y + (layout.label ? 13 : 5) + conflictLineHeight}
          textAnchor="middle"
          fontFamily="system-ui, sans-serif"
          fontSize={12}
          fontWeight={600}
          fill={conflictColour}
          stroke="#ffffff"
          strokeWidth={5}
          paintOrder="stroke"
        >
          ⚠ Conflict: {layout.conflict}
        </text>
      ) : null}
    </g>
  )
}

/** The link's ends, read from its items' cubes; null while either end is missing. */
function layoutOf(editor: Editor, shape: TLServiceLinkShape): LinkLayout | null {
  const service = editor.store.get(shape.props.serviceId) as TLCubeItem | undefined
  const step = editor.store.get(shape.props.stepId) as TLCubeItem | undefined
  if (!service || !step) return null
  const from = editor.getShapePageBounds(service.cubeId)
  const to = editor.getShapePageBounds(step.cubeId)
  if (!from || !to) return null
  const lane = laneAmong(
    { id: shape.id, from: service.cubeId, to: step.cubeId },
    linkEndsOf(editor),
  )
  const path = linkPath(from, to, lane)
  if (!path) return null
  // Drawn in the shape's own space, which the link never leaves on purpose (see onTranslate).
  const offset = { x: shape.x, y: shape.y }
  return {
    start: { x: path.start.x - offset.x, y: path.start.y - offset.y },
    end: { x: path.end.x - offset.x, y: path.end.y - offset.y },
    words: { x: path.words.x - offset.x, y: path.words.y - offset.y },
    title: `${service.text || 'service'} → ${step.text || 'step'}`,
    label: shape.props.label,
    conflict: conflictOf(editor, shape, step),
  }
}

/** Every link on the board with the cubes it runs between. Reactive inside a computed. */
function linkEndsOf(editor: Editor): LinkEnds[] {
  return serviceLinksOf(editor.store).flatMap((link) => {
    const service = editor.store.get(link.props.serviceId) as TLCubeItem | undefined
    const step = editor.store.get(link.props.stepId) as TLCubeItem | undefined
    return service && step ? [{ id: link.id, from: service.cubeId, to: step.cubeId }] : []
  })
}

/** The words of the link's conflict, when its step has another provider the model keeps. */
function conflictOf(editor: Editor, shape: TLServiceLinkShape, step: TLCubeItem): string | null {
  const conflict = conflictingLinksOn(editor.store).get(shape.id)
  if (!conflict) return null
  const kept = editor.getShape<TLServiceLinkShape>(conflict.keptLinkId as TLShapeId)
  const keptService = kept && (editor.store.get(kept.props.serviceId) as TLCubeItem | undefined)
  const keptCube = keptService && editor.getShape<TLCubeShape>(keptService.cubeId)
  return conflictText(step.text, keptService?.text ?? '', keptCube?.props.title || 'Untitled cube')
}
