/**
 * The persona as data: its props, their validators and migrations, and the needs that
 * belong to it. No React: the server, the board store and the tests read it.
 */
import type { RecordProps, TLShape } from '@tldraw/tlschema'
import { T } from '@tldraw/validate'
import { personaNeedTypeName, personaShapeType } from '@/lib/model'
import { firstShapeVersion, positiveSize } from '../shared/card-schema'
import { defineShapeSchema } from '../shape-schema'
import { deleteNeedsWithTheirPersona } from '../value-zone/side-effects'
import { personaNeedRecordInfo } from './need-record'

/** What a persona shape holds itself; its needs are records of their own (need-record.ts). */
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
    [personaShapeType]: PersonaShapeProps
  }
}

export type TLPersonaShape = TLShape<typeof personaShapeType>

export const personaShapeProps: RecordProps<TLPersonaShape> = {
  w: positiveSize,
  h: positiveSize,
  name: T.string,
  description: T.string,
  face: T.string,
}

export const { versions: personaShapeVersions, migrations: personaShapeMigrations } =
  firstShapeVersion(personaShapeType)

export const personaShapeSchema = defineShapeSchema<typeof personaShapeType, PersonaShapeProps>({
  type: personaShapeType,
  props: personaShapeProps,
  migrations: personaShapeMigrations,
  defaultProps: { w: 320, h: 380, name: '', description: '', face: '' },
  records: [
    {
      typeName: personaNeedTypeName,
      info: personaNeedRecordInfo,
      privateToAuthor: true,
      heldBy: 'personaId',
    },
  ],
  inModel: true,
  holdsItems: true,
  sideEffects: [deleteNeedsWithTheirPersona],
})

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
