import {
  createShapePropsMigrationIds,
  createShapePropsMigrationSequence,
  BaseBoxShapeUtil,
  HTMLContainer,
  T,
  type RecordProps,
  type TLShape,
} from 'tldraw'
import { PersonaView } from './persona-view'
import { boxIndicator, positiveSize } from './box-shapes'

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

export const personaShapeVersions = createShapePropsMigrationIds('persona', { Initial: 1 })

export const personaShapeMigrations = createShapePropsMigrationSequence({
  sequence: [{ id: personaShapeVersions.Initial, up: (props) => props }],
})

/** A group of customers with similar needs, with its stated and unstated needs listed. */
export class PersonaShapeUtil extends BaseBoxShapeUtil<TLPersonaShape> {
  static override type = 'persona' as const
  static override props = personaShapeProps
  static override migrations = personaShapeMigrations

  override getDefaultProps(): PersonaShapeProps {
    return { w: 320, h: 380, name: '', description: '', face: '' }
  }

  // Editing a persona means working on its name, face and needs (Enter or double-click).
  override canEdit(): boolean {
    return true
  }

  override component(shape: TLPersonaShape) {
    return (
      <HTMLContainer style={{ width: shape.props.w, height: shape.props.h }}>
        <PersonaView shape={shape} />
      </HTMLContainer>
    )
  }

  override getIndicatorPath(shape: TLPersonaShape): Path2D {
    return boxIndicator(shape.props)
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
