import type { Editor } from 'tldraw'
import {
  cubeTitles,
  itemLabel,
  needLabel,
  offeringLabel,
  quoted,
  type BoardModel,
} from '@/lib/model'
import { hiddenFrom } from '@/lib/facilitation/record-guard'

/** Something people can put dots on, named as the board names it. */
export interface VoteCandidate {
  id: string
  label: string
  /** Where it is: its cube, persona or organisation, or the board itself. */
  group: string
}

/** Shapes that are read through the model (their items are the candidates). */
const modelShapeTypes = new Set(['cube', 'persona', 'organisation', 'service-link', 'value-zone'])

/**
 * What a dot vote can be about: cube items (services among them), needs, offerings, the
 * cubes and personas themselves, and any other shape with words on it. Someone else's
 * private items are left out.
 */
export function voteCandidates(editor: Editor, model: BoardModel, userId: string): VoteCandidate[] {
  const titles = cubeTitles(model)
  const cubeOrder = new Map(model.cubes.map((cube, index) => [cube.id, index]))
  const personas = new Map(model.personas.map((persona) => [persona.id, persona.name || 'Persona']))
  const organisations = new Map(
    model.organisations.map((org) => [org.id, org.name || 'Organisation']),
  )
  const candidates: VoteCandidate[] = [
    ...model.cubes.map((cube) => ({
      id: cube.id,
      label: `Cube ${quoted(titles.get(cube.id)!)}`,
      group: 'Cubes',
    })),
    // Grouped by cube, in the order the cubes are listed.
    ...[...model.items]
      .sort((a, b) => cubeOrder.get(a.cubeId)! - cubeOrder.get(b.cubeId)!)
      .map((item) => ({
        id: item.id,
        label: itemLabel(item),
        group: titles.get(item.cubeId) ?? 'Cube',
      })),
    ...model.personas.map((persona) => ({
      id: persona.id,
      label: `Persona ${quoted(personas.get(persona.id)!)}`,
      group: 'Personas',
    })),
    ...model.needs.map((need) => ({
      id: need.id,
      label: needLabel(need),
      group: personas.get(need.personaId) ?? 'Persona',
    })),
    ...model.offerings.map((offering) => ({
      id: offering.id,
      label: offeringLabel(offering),
      group: organisations.get(offering.organisationId) ?? 'Organisation',
    })),
  ]
  for (const shape of editor.getCurrentPageShapesSorted()) {
    if (modelShapeTypes.has(shape.type) || hiddenFrom(shape, userId)) continue
    const text = editor.getShapeUtil(shape).getText(shape)?.trim()
    if (text) candidates.push({ id: shape.id, label: quoted(text), group: 'On the board' })
  }
  return candidates
}
