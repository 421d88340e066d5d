// The value zone's lines: each need → offering link drawn from the need's row to the offering's row.
import { useEditor, useValue, type Editor, type TLShapeId } from 'tldraw'
import { valueZoneShapeType } from '@/lib/model'
import { hiddenFrom } from '@/lib/facilitation/record-guard'
import { offeringItemName } from '../organisation/offering-record'
import { rowPlacesOf } from '../shared/row-places'
import { linkLine, linkLinePath, type LinkLine } from './link-lines'
import { valueLinksOf } from './value-link-record'

/**
 * Line colours, told apart where lines cross: Okabe and Ito's colour-blind-safe set, dark
 * enough to read on the zone's pale green.
 */
const lineColours = ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#8a6d00', '#56b4e9'] as const

interface DrawnLink {
  id: string
  needId: string
  offeringId: string
  line: LinkLine
  colour: string
  note: string
  /** "need → offering", for people reading the page's text. */
  words: string
}

/**
 * Every need → offering link as a line across the zone, from the side of the persona card
 * at the need's row to the side of the organisation card at the offering's row, with its
 * note on a label at the middle. The links come from the records; only where the rows sit
 * comes from the cards' layout. Drawn by the first zone of the page only (any number of
 * zones show the same links); hidden needs and offerings (someone else's private ones) get
 * no line, and a row a card hides below its edge gets its line at the card's foot.
 */
export function ValueLinkLines({ zoneId }: { zoneId: TLShapeId }) {
  const editor = useEditor()
  const links = useValue(
    'value link lines',
    () => (drawsTheLines(editor, zoneId) ? linesIn(editor, zoneId) : []),
    [editor, zoneId],
  )
  if (links.length === 0) return null
  return (
    <>
      <svg className="value-link-lines" width={1} height={1} aria-hidden="true">
        {links.map(({ id, needId, offeringId, line, colour }) => (
          <g
            key={id}
            data-value-link={id}
            data-need={needId}
            data-offering={offeringId}
            stroke={colour}
            fill="none"
          >
            <path className="value-link-halo" d={linkLinePath(line)} />
            <path d={linkLinePath(line)} />
            <circle data-end="need" cx={line.start.x} cy={line.start.y} r={5} fill={colour} />
            <circle data-end="offering" cx={line.end.x} cy={line.end.y} r={5} fill={colour} />
          </g>
        ))}
      </svg>
      {links
        .filter((link) => link.note)
        .map(({ id, line, colour, note, words }) => (
          <span
            key={id}
            className="value-link-note"
            data-value-link-note={id}
            title={words}
            style={{ left: line.middle.x, top: line.middle.y, borderColor: colour }}
          >
            {note}
          </span>
        ))}
    </>
  )
}

/** Whether this zone is the page's first (by stacking order), which draws the lines. */
function drawsTheLines(editor: Editor, zoneId: TLShapeId): boolean {
  const first = editor
    .getCurrentPageShapesSorted()
    .find((shape) => shape.type === valueZoneShapeType)
  return first?.id === zoneId
}

/** The links' lines in the zone's own space. Reactive inside `useValue`. */
function linesIn(editor: Editor, zoneId: TLShapeId): DrawnLink[] {
  const userId = editor.user.getExternalId()
  const rows = rowPlacesOf(editor).get()
  const inZone = (point: { x: number; y: number }) => editor.getPointInShapeSpace(zoneId, point)
  const cardOf = (shapeId: TLShapeId) => {
    if (editor.isShapeHidden(shapeId)) return undefined
    const bounds = editor.getShapePageBounds(shapeId)
    return bounds && { x: bounds.x, y: bounds.y, w: bounds.w, h: bounds.h }
  }
  const links = [...valueLinksOf(editor.store)].sort((a, b) => a.id.localeCompare(b.id))
  return links.flatMap((link, at) => {
    const need = editor.store.get(link.needId)
    const offering = editor.store.get(link.offeringId)
    if (!need || !offering || [link, need, offering].some((r) => hiddenFrom(r, userId))) return []
    const needCard = cardOf(need.personaId)
    const offeringCard = cardOf(offering.organisationId)
    if (!needCard || !offeringCard) return []
    const onPage = linkLine(
      { card: needCard, row: rows.get(need.id) },
      { card: offeringCard, row: rows.get(offering.id) },
    )
    const line: LinkLine = {
      start: inZone(onPage.start),
      end: inZone(onPage.end),
      startControl: inZone(onPage.startControl),
      endControl: inZone(onPage.endControl),
      middle: inZone(onPage.middle),
    }
    return [
      {
        id: link.id,
        needId: need.id,
        offeringId: offering.id,
        line,
        colour: lineColours[at % lineColours.length]!,
        note: link.note,
        words: `${need.text} → ${offeringItemName(editor.store, offering)}`,
      },
    ]
  })
}
