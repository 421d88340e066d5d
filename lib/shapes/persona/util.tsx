import { T, type RecordProps, type TLShape } from 'tldraw'
import { CardShapeUtil, firstShapeVersion, positiveSize } from '../shared/card-shape'
import { PersonaView } from './view'

/** What a persona shape holds itself; its needs are records of their own (persona-need-record.ts). */
export interface PersonaShapeProps {
  w: number
  h: number
  /** Who they are, e.g. "Self-service home buyer". */
  name: string
  /** A line on what they have in common. */
  description: string
  /** An emoji or initials shown as the persona's face; initials of the name when empty. */
  face: string
}

declare module '@tldraw/tlschema' {
  interface TLGlobalShapePropsMap {
    persona: PersonaShapeProps
  }
}

export type TLPersonaShape = TLShape<'persona'>

export const personaShapeProps: RecordProps<TLPersonaShape> = {
  w: positiveSize,
  h: positiveSize,
  name: T.string,
  description: T.string,
  face: T.string,
}

export const { versions: personaShapeVersions, migrations: personaShapeMigrations } =
  firstShapeVersion('persona')

/** A group of customers with similar needs, with its stated and unstated needs listed. */
export class PersonaShapeUtil extends CardShapeUtil<TLPersonaShape> {
  static override type = 'persona' as const
  static override props = personaShapeProps
  static override migrations = personaShapeMigrations
  protected override readonly View = PersonaView

  override getDefaultProps(): PersonaShapeProps {
    return { w: 320, h: 380, name: '', description: '', face: '' }
  }
}

/** The face a persona shows: its own emoji or initials, else the initials of its name. */
export function personaFace(props: Pick<PersonaShapeProps, 'face' | 'name'>): string {
  if (props.face.trim()) return props.face.trim()
  const initials = props.name
    .split(/\s+/)
    .filter(Boolean)
    .slice(0, 2)
    .map((word) => word[0]!.toUpperCase())
    .join('')
  return initials || '?'
}
