/**
 * What changed in a board's value zone between two models: personas, needs, organisations,
 * offerings and fulfilments, each added, removed or changed. What came or went with its
 * persona or organisation is counted in that one line rather than listed.
 */
import type { BoardModel } from '../board-model'
import { byId, compared, countOf, type ModelComparison } from '../changes/comparison'
import { added, changed, removed, type ModelChange } from '../changes/model-change'
import { quoted } from '../names'
import { needLabel, offeringLabel } from './names'
import type { Fulfilment, Need, Offering } from './value-zone-model'
import { offeringKindNames } from './vocabulary'

/** The value zone's changes: personas, needs, organisations, offerings, then fulfilments. */
export function valueZoneChanges(comparison: ModelComparison): ModelChange[] {
  const models = valueZoneComparison(comparison)
  return [
    ...personaChanges(models),
    ...needChanges(models),
    ...organisationChanges(models),
    ...offeringChanges(models),
    ...fulfilmentChanges(models),
  ]
}

function valueZoneComparison(comparison: ModelComparison) {
  const { before, after } = comparison
  return {
    ...comparison,
    was: new ValueZoneWording(before),
    now: new ValueZoneWording(after),
    personas: compared(before.personas, after.personas),
    needs: compared(before.needs, after.needs),
    organisations: compared(before.organisations, after.organisations),
    offerings: compared(before.offerings, after.offerings),
    fulfilments: compared(before.fulfilments, after.fulfilments),
  }
}

type Comparison = ReturnType<typeof valueZoneComparison>

function personaChanges({ before, after, was, now, personas }: Comparison): ModelChange[] {
  return [
    ...personas.added.map((persona) =>
      added(`Persona ${now.persona(persona.id)} added`, persona.id, {
        count: countOf(after.needs, 'personaId', persona.id),
        noun: 'need',
      }),
    ),
    ...personas.removed.map((persona) =>
      removed(`Persona ${was.persona(persona.id)} removed`, null, {
        count: countOf(before.needs, 'personaId', persona.id),
        noun: 'need',
      }),
    ),
    ...personas.kept.flatMap(([old, persona]) => [
      ...(old.name !== persona.name
        ? [
            changed(
              `Persona ${was.persona(persona.id)} renamed to ${now.persona(persona.id)}`,
              persona.id,
            ),
          ]
        : []),
      ...(old.description !== persona.description
        ? [changed(`Description of persona ${now.persona(persona.id)} changed`, persona.id)]
        : []),
    ]),
  ]
}

function needChanges({ was, now, onBoard, personas, needs }: Comparison): ModelChange[] {
  return [
    ...needs.added
      .filter((need) => !personas.addedIds.has(need.personaId))
      .map((need) =>
        added(`${needLabel(need)} added to persona ${now.persona(need.personaId)}`, need.id),
      ),
    ...needs.removed
      .filter((need) => !personas.removedIds.has(need.personaId))
      .map((need) =>
        removed(
          `${needLabel(need)} removed from persona ${was.persona(need.personaId)}`,
          onBoard(need.personaId),
        ),
      ),
    ...needs.kept.flatMap(([old, need]) => {
      const changes: ModelChange[] = []
      const of = `of persona ${now.persona(need.personaId)}`
      if (old.personaId !== need.personaId) {
        changes.push(
          changed(
            `${needLabel(need)} moved from persona ${was.persona(old.personaId)} to ${now.persona(need.personaId)}`,
            need.id,
          ),
        )
      }
      if (old.text !== need.text) {
        changes.push(changed(`${needLabel(old)} ${of} now reads ${quoted(need.text)}`, need.id))
      }
      if (old.stated !== need.stated) {
        const kind = need.stated ? 'stated' : 'unstated'
        changes.push(changed(`Need ${quoted(need.text)} ${of} is now ${kind}`, need.id))
      }
      return changes
    }),
  ]
}

function organisationChanges(models: Comparison): ModelChange[] {
  const { before, after, was, now, organisations } = models
  return [
    ...organisations.added.map((organisation) =>
      added(`Organisation ${now.organisation(organisation.id)} added`, organisation.id, {
        count: countOf(after.offerings, 'organisationId', organisation.id),
        noun: 'offering',
      }),
    ),
    ...organisations.removed.map((organisation) =>
      removed(`Organisation ${was.organisation(organisation.id)} removed`, null, {
        count: countOf(before.offerings, 'organisationId', organisation.id),
        noun: 'offering',
      }),
    ),
    ...organisations.kept
      .filter(([old, organisation]) => old.name !== organisation.name)
      .map(([, organisation]) =>
        changed(
          `Organisation ${was.organisation(organisation.id)} renamed to ${now.organisation(organisation.id)}`,
          organisation.id,
        ),
      ),
  ]
}

function offeringChanges(models: Comparison): ModelChange[] {
  const { was, now, onBoard, organisations, offerings } = models
  return [
    ...offerings.added
      .filter((offering) => !organisations.addedIds.has(offering.organisationId))
      .map((offering) =>
        added(
          `${offeringLabel(offering)} added to organisation ${now.organisation(offering.organisationId)}`,
          offering.id,
        ),
      ),
    ...offerings.removed
      .filter((offering) => !organisations.removedIds.has(offering.organisationId))
      .map((offering) =>
        removed(
          `${offeringLabel(offering)} removed from organisation ${was.organisation(offering.organisationId)}`,
          onBoard(offering.organisationId),
        ),
      ),
    ...offerings.kept.flatMap(([old, offering]) => {
      const changes: ModelChange[] = []
      const of = `of organisation ${now.organisation(offering.organisationId)}`
      // A cube's service carries the service's name: the item's own line says it was renamed.
      if (old.text !== offering.text && !(old.cubeItemId && offering.cubeItemId)) {
        changes.push(
          changed(`${offeringLabel(old)} ${of} renamed to ${quoted(offering.text)}`, offering.id),
        )
      }
      if (old.kind !== offering.kind) {
        const kind = offeringKindNames[offering.kind]
        changes.push(changed(`${offeringLabel(old)} ${of} changed to ${kind}`, offering.id))
      }
      return changes
    }),
  ]
}

function fulfilmentChanges(models: Comparison): ModelChange[] {
  const { was, now, onBoard, needs, offerings, fulfilments } = models
  return [
    // A fulfilment is drawn in the value zone, not as a shape of its own: its need shows it.
    ...fulfilments.added
      .filter((f) => !(needs.addedIds.has(f.needId) && offerings.addedIds.has(f.offeringId)))
      .map((f) => added(now.fulfilment(f, 'now fulfilled by'), f.needId)),
    ...fulfilments.removed
      .filter((f) => !(needs.removedIds.has(f.needId) && offerings.removedIds.has(f.offeringId)))
      .map((f) =>
        removed(
          was.fulfilment(f, 'no longer fulfilled by'),
          onBoard(f.needId) ?? onBoard(f.offeringId),
        ),
      ),
  ]
}

/** Names of a model's value zone, as sentences quote them. */
class ValueZoneWording {
  private readonly personas: Map<string, string>
  private readonly needs: Map<string, Need>
  private readonly organisations: Map<string, string>
  private readonly offerings: Map<string, Offering>

  constructor(model: BoardModel) {
    this.personas = new Map(model.personas.map((persona) => [persona.id, persona.name]))
    this.needs = byId(model.needs)
    this.organisations = new Map(model.organisations.map((o) => [o.id, o.name]))
    this.offerings = byId(model.offerings)
  }

  persona(id: string): string {
    return quoted(this.personas.get(id) ?? '')
  }

  organisation(id: string): string {
    return quoted(this.organisations.get(id) ?? '')
  }

  /** `Need “Quick answers” of persona “Young family” now fulfilled by “Home loans” of “Bank”` */
  fulfilment(fulfilment: Fulfilment, verb: string): string {
    const need = this.needs.get(fulfilment.needId)
    const offering = this.offerings.get(fulfilment.offeringId)
    return `Need ${quoted(need?.text ?? '')} of persona ${this.persona(need?.personaId ?? '')} ${verb} ${quoted(offering?.text ?? '')} of ${this.organisation(offering?.organisationId ?? '')}`
  }
}
