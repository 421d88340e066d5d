// The board's own shapes by what the canvas does with them: cards drawn with a tool of their own, shapes tldraw's styles do not apply to.
import {
  cubeShapeType,
  organisationShapeType,
  personaShapeType,
  serviceLinkShapeType,
  valueZoneShapeType,
} from '@/lib/model'

/** Cubeboard's cards: each drawn with its own tool, with a click or a drag. */
export const cardShapeTypes: readonly string[] = [
  cubeShapeType,
  personaShapeType,
  organisationShapeType,
  valueZoneShapeType,
]

/** Shapes whose look Cubeboard sets itself: tldraw's colour, fill and size styles do nothing. */
export const unstyledShapeTypes: readonly string[] = [...cardShapeTypes, serviceLinkShapeType]
