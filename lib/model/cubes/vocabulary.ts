/**
 * The words of cubes and their service network, written once: the record and shape type
 * names, the faces and the item kinds, with the words the board shows for them. Types, zod
 * enums, tldraw validators and labels all derive from these lists (docs/domain.md §1–2).
 */
import { namesOf, type KindWords } from '../words'

/** The shape type of a cube. */
export const cubeShapeType = 'cube'

/** The shape type of a service link (a provider's service serving a consumer's step). */
export const serviceLinkShapeType = 'service-link'

/** The record type of one thing written on a cube's face. */
export const cubeItemTypeName = 'cube_item'

/** The three faces of a cube. */
export const cubeFaces = ['front-stage', 'experience', 'back-stage'] as const
export type CubeFace = (typeof cubeFaces)[number]

/** What may go on each face, in the order the face lists them. */
export const itemKindsByFace = {
  'front-stage': ['product', 'service'],
  experience: ['brand', 'channel', 'journey-step'],
  'back-stage': [
    'process',
    'process-step',
    'organisation',
    'information',
    'it-application',
    'policy',
  ],
} as const satisfies Record<CubeFace, readonly string[]>

export type FaceItemKind = (typeof itemKindsByFace)[CubeFace][number]

/** Every item kind, face by face. */
export const faceItemKinds: readonly FaceItemKind[] = cubeFaces.flatMap(
  (face) => itemKindsByFace[face],
)

/** Kinds that carry a promise / terms line (what is promised to the consumer). */
export const kindsWithTerms = ['product', 'service'] as const satisfies readonly FaceItemKind[]

/** Whether an item of this kind carries a promise / terms line. */
export function hasTerms(kind: FaceItemKind): boolean {
  return (kindsWithTerms as readonly FaceItemKind[]).includes(kind)
}

/** A face as the board names and explains it. */
export interface FaceWords {
  name: string
  /** What goes on it, shown on an empty face. */
  hint: string
}

export const faceWords: Record<CubeFace, FaceWords> = {
  'front-stage': {
    name: 'Front Stage',
    hint: 'Products and services on offer, with their terms',
  },
  experience: { name: 'Experience', hint: 'Brand, channels and the journey consumers go through' },
  'back-stage': {
    name: 'Back Stage',
    hint: 'Processes, organisation, information, IT applications, policies',
  },
}

export const itemKindWords: Record<FaceItemKind, KindWords> = {
  product: { name: 'Product', group: 'Products', one: 'product' },
  service: { name: 'Service', group: 'Services', one: 'service' },
  brand: { name: 'Brand', group: 'Brand', one: 'brand' },
  channel: { name: 'Channel', group: 'Channels', one: 'channel' },
  'journey-step': { name: 'Journey step', group: 'Journey', one: 'journey step' },
  process: { name: 'Process', group: 'Processes', one: 'process' },
  'process-step': { name: 'Process step', group: 'Steps', one: 'step' },
  organisation: { name: 'Organisation', group: 'Organisation', one: 'team or role' },
  information: { name: 'Information', group: 'Information', one: 'information' },
  'it-application': { name: 'IT application', group: 'IT applications', one: 'IT application' },
  policy: { name: 'Policy', group: 'Policies', one: 'policy' },
}

/** The faces as the board names them. */
export const faceNames = namesOf(faceWords)

/** Item kinds as the board names them. */
export const itemKindNames = namesOf(itemKindWords)

/** The face each item kind is written on. */
export const faceOfItemKind = Object.fromEntries(
  cubeFaces.flatMap((face) => itemKindsByFace[face].map((kind) => [kind, face])),
) as Record<FaceItemKind, CubeFace>
