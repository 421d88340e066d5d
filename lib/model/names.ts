import type {
  BoardModel,
  CubeFace,
  FaceItem,
  FaceItemKind,
  Need,
  Offering,
  OfferingKind,
} from './board-model'

/** The faces as the board names them. */
export const faceNames: Record<CubeFace, string> = {
  'front-stage': 'Front Stage',
  experience: 'Experience',
  'back-stage': 'Back Stage',
}

/** The face each item kind is written on (DOMAIN.md §1). */
export const faceOfItemKind: Record<FaceItemKind, CubeFace> = {
  product: 'front-stage',
  service: 'front-stage',
  brand: 'experience',
  channel: 'experience',
  'journey-step': 'experience',
  process: 'back-stage',
  'process-step': 'back-stage',
  organisation: 'back-stage',
  information: 'back-stage',
  'it-application': 'back-stage',
  policy: 'back-stage',
}

/** Item kinds as the board names them. */
export const itemKindNames: Record<FaceItemKind, string> = {
  product: 'Product',
  service: 'Service',
  brand: 'Brand',
  channel: 'Channel',
  'journey-step': 'Journey step',
  process: 'Process',
  'process-step': 'Process step',
  organisation: 'Organisation',
  information: 'Information',
  'it-application': 'IT application',
  policy: 'Policy',
}

/** An organisation's offering kinds as the board names them. */
export const offeringKindNames: Record<OfferingKind, string> = {
  goal: 'Business goal',
  process: 'Process',
  product: 'Product',
  service: 'Service',
}

/** Cube titles by id, with a stand-in for a cube nobody named yet. */
export function cubeTitles(model: BoardModel): Map<string, string> {
  return new Map(model.cubes.map((cube) => [cube.id, cube.title || 'Untitled cube']))
}

/** "A → B → C → A": a dependency cycle written out, back to where it started. */
export function cycleText(cycle: string[], titles: Map<string, string>): string {
  return [...cycle, cycle[0]!].map((id) => titles.get(id)).join(' → ')
}

/** A name in quotes, as sentences about the board quote names: `“Valuation”`. */
export function quoted(text: string): string {
  return text ? `“${text}”` : '(unnamed)'
}

/** `Service “Valuation”` */
export function itemLabel(item: Pick<FaceItem, 'kind' | 'text'>): string {
  return `${itemKindNames[item.kind]} ${quoted(item.text)}`
}

/** `Stated need “Quick answers”` */
export function needLabel(need: Pick<Need, 'stated' | 'text'>): string {
  return `${need.stated ? 'Stated' : 'Unstated'} need ${quoted(need.text)}`
}

/** `Service “Home loans”` */
export function offeringLabel(offering: Pick<Offering, 'kind' | 'text'>): string {
  return `${offeringKindNames[offering.kind]} ${quoted(offering.text)}`
}
