/**
 * Reads the value zone from a board's records: persona and organisation cards, their needs
 * and offerings, and the fulfilments that count.
 */
import { z } from 'zod'
import { compareIds, orderedWithin } from '../ordering'
import { collectInto, type SectionReader } from '../section'
import type { Organisation, Persona } from './value-zone-model'
import {
  fulfils,
  offeringItemTypeName,
  offeringKinds,
  organisationShapeType,
  personaNeedTypeName,
  personaShapeType,
  valueLinkTypeName,
} from './vocabulary'

const personaShape = z.object({
  id: z.string(),
  typeName: z.literal('shape'),
  type: z.literal(personaShapeType),
  props: z.object({ name: z.string(), description: z.string(), face: z.string() }),
})

const organisationShape = z.object({
  id: z.string(),
  typeName: z.literal('shape'),
  type: z.literal(organisationShapeType),
  props: z.object({ name: z.string() }),
})

const personaNeed = z.object({
  id: z.string(),
  typeName: z.literal(personaNeedTypeName),
  personaId: z.string(),
  text: z.string(),
  stated: z.boolean(),
  index: z.string(),
})

const offeringItem = z.object({
  id: z.string(),
  typeName: z.literal(offeringItemTypeName),
  organisationId: z.string(),
  kind: z.enum(offeringKinds),
  text: z.string(),
  cubeItemId: z.string().nullable(),
  index: z.string(),
})

const valueLink = z.object({
  id: z.string(),
  typeName: z.literal(valueLinkTypeName),
  needId: z.string(),
  offeringId: z.string(),
  note: z.string(),
})

/**
 * The value zone's reader: needs and offerings of cards on the board, and the fulfilments
 * that count — a need (of a persona on the board) fulfilled by a product or service (of an
 * organisation on the board), what the board counts in its coverage. A cube's service
 * carries that service's current name (the cube network is read first).
 */
export function valueZoneReader(): SectionReader {
  const personas: Persona[] = []
  const organisations: Organisation[] = []
  const needs: z.infer<typeof personaNeed>[] = []
  const offerings: z.infer<typeof offeringItem>[] = []
  const links: z.infer<typeof valueLink>[] = []
  const readers = [
    (record: unknown) => {
      const persona = personaShape.safeParse(record)
      if (!persona.success) return false
      const { id, props } = persona.data
      personas.push({
        id,
        name: props.name.trim(),
        description: props.description,
        face: props.face,
      })
      return true
    },
    (record: unknown) => {
      const organisation = organisationShape.safeParse(record)
      if (!organisation.success) return false
      organisations.push({ id: organisation.data.id, name: organisation.data.props.name.trim() })
      return true
    },
    collectInto(personaNeed, needs),
    collectInto(offeringItem, offerings),
    collectInto(valueLink, links),
  ]
  return {
    take: (record) => readers.some((read) => read(record)),
    build(model) {
      const personaIds = new Set(personas.map((persona) => persona.id))
      const organisationIds = new Set(organisations.map((organisation) => organisation.id))
      const cubeItems = new Map(model.items.map((item) => [item.id, item]))
      model.needs = orderedWithin(
        needs.filter((need) => personaIds.has(need.personaId)),
        (need) => need.personaId,
      ).map(({ id, personaId, text, stated, order }) => ({ id, personaId, text, stated, order }))
      model.offerings = orderedWithin(
        offerings.filter((offering) => organisationIds.has(offering.organisationId)),
        (offering) => `${offering.organisationId}|${offering.kind}`,
      ).map(({ id, organisationId, kind, text, cubeItemId, order }) => ({
        id,
        organisationId,
        kind,
        text: (cubeItemId && cubeItems.get(cubeItemId)?.text) || text,
        cubeItemId,
        order,
      }))
      const needIds = new Set(model.needs.map((need) => need.id))
      const fulfilling = new Set(
        model.offerings.filter((offering) => fulfils(offering.kind)).map((o) => o.id),
      )
      model.fulfilments = links
        .filter((link) => needIds.has(link.needId) && fulfilling.has(link.offeringId))
        .sort((a, b) => compareIds(a.id, b.id))
        .map(({ id, needId, offeringId, note }) => ({ id, needId, offeringId, note }))
      model.personas = personas.sort(byName)
      model.organisations = organisations.sort(byName)
    },
  }
}

function byName(a: { id: string; name: string }, b: { id: string; name: string }): number {
  return a.name.localeCompare(b.name) || compareIds(a.id, b.id)
}
