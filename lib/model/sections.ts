/**
 * The sections of the shared model, in the order they are read, listed, exported and told
 * apart: the cube network first (the value zone names cubes' services, journeys point at
 * both), the principles last (their units are every department the others name).
 */
import type { BoardModel } from './board-model'
import { cubeNetworkSection } from './cubes/section'
import type { ModelSection, NamedThing } from './section'
import { valueZoneSection } from './value-zone/section'
import { journeySection } from './journey/section'
import { principlesSection } from './principles/section'

export const modelSections: readonly ModelSection[] = [
  cubeNetworkSection,
  valueZoneSection,
  journeySection,
  principlesSection,
]

/** Everything in a model that can be named, pointed at and voted on, section by section. */
export function modelThings(model: BoardModel): NamedThing[] {
  return modelSections.flatMap((section) => section.things(model))
}
