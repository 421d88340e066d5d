import type {
  BoardModel,
  FaceItem,
  Fulfilment,
  Need,
  Offering,
  ServiceLink,
  VoteTally,
} from './board-model'
import { boardModelSchema } from './model-schema'
import { itemLabel, needLabel, offeringLabel, quoted } from './names'
import { faceNames, itemKindNames } from './cubes/vocabulary'
import { offeringKindNames } from './value-zone/vocabulary'

export type ModelChangeKind = 'added' | 'removed' | 'changed'

/** One difference between two models of a board, worded as the board names things. */
export interface ModelChange {
  kind: ModelChangeKind
  /** A short sentence, e.g. `Cube “Mortgage Loan” (Credit Risk) added`. */
  text: string
  /**
   * The record to show on the board: the thing itself, or for a removal the nearest thing
   * still on the board (the cube of a removed item, the persona of a removed need); null
   * when nothing related is left.
   */
  targetId: string | null
}

/** What a member returning to a board is told: the changes since they last left it. */
export interface Revisit {
  /** When they last left the board (ISO 8601). */
  since: string
  changes: ModelChange[]
}

/**
 * A model stored earlier (what a member saw on their last visit), or null when it cannot
 * be read as a model of this version: an older or damaged copy means "no previous visit"
 * rather than a list of made-up changes.
 */
export function storedModel(value: unknown): BoardModel | null {
  const parsed = boardModelSchema.safeParse(value)
  return parsed.success ? parsed.data : null
}

/**
 * What changed from `before` to `after`: cubes, their items, service links, personas,
 * needs, organisations, offerings and fulfilments, in that order, each added, removed or
 * changed. What came or went with its cube, persona or organisation is counted in that
 * one line rather than listed, and so is a link whose two ends came or went. Reordering
 * within a face or list is not a change a reader needs to be told about.
 */
export function modelChanges(before: BoardModel, after: BoardModel): ModelChange[] {
  const models = comparison(before, after)
  return [
    ...cubeChanges(models),
    ...itemChanges(models),
    ...serviceLinkChanges(models),
    ...personaChanges(models),
    ...needChanges(models),
    ...organisationChanges(models),
    ...offeringChanges(models),
    ...fulfilmentChanges(models),
    ...voteChanges(models),
  ]
}

function comparison(before: BoardModel, after: BoardModel) {
  const now = new Wording(after)
  return {
    before,
    after,
    was: new Wording(before),
    now,
    /** The id if it is still on the board, else null. */
    onBoard: (id: string): string | null => (now.has(id) ? id : null),
    cubes: compared(before.cubes, after.cubes),
    items: compared(before.items, after.items),
    links: compared(before.serviceLinks, after.serviceLinks),
    personas: compared(before.personas, after.personas),
    needs: compared(before.needs, after.needs),
    organisations: compared(before.organisations, after.organisations),
    offerings: compared(before.offerings, after.offerings),
    fulfilments: compared(before.fulfilments, after.fulfilments),
  }
}

type Comparison = ReturnType<typeof comparison>

function cubeChanges({ before, after, was, now, cubes }: Comparison): ModelChange[] {
  return [
    ...cubes.added.map((cube) =>
      added(`Cube ${now.cube(cube.id)} (${now.department(cube.departmentId)}) added`, cube.id, {
        count: countOf(after.items, 'cubeId', cube.id),
        noun: 'item',
      }),
    ),
    ...cubes.removed.map((cube) =>
      removed(`Cube ${was.cube(cube.id)} (${was.department(cube.departmentId)}) removed`, null, {
        count: countOf(before.items, 'cubeId', cube.id),
        noun: 'item',
      }),
    ),
    ...cubes.kept.flatMap(([old, cube]) => [
      ...(old.title !== cube.title
        ? [changed(`Cube ${was.cube(cube.id)} renamed to ${now.cube(cube.id)}`, cube.id)]
        : []),
      ...(old.departmentId !== cube.departmentId
        ? [
            changed(
              `Cube ${now.cube(cube.id)} moved from ${was.department(old.departmentId)} to ${now.department(cube.departmentId)}`,
              cube.id,
            ),
          ]
        : []),
    ]),
  ]
}

function itemChanges({ was, now, onBoard, cubes, items }: Comparison): ModelChange[] {
  return [
    ...items.added
      .filter((item) => !cubes.addedIds.has(item.cubeId))
      .map((item) => added(`${itemLabel(item)} added to ${now.placeOf(item)}`, item.id)),
    ...items.removed
      .filter((item) => !cubes.removedIds.has(item.cubeId))
      .map((item) =>
        removed(`${itemLabel(item)} removed from ${was.placeOf(item)}`, onBoard(item.cubeId)),
      ),
    ...items.kept.flatMap(([old, item]) => {
      const changes: ModelChange[] = []
      const on = `on ${now.cube(item.cubeId)}`
      if (old.text !== item.text) {
        changes.push(changed(`${itemLabel(old)} ${on} renamed to ${quoted(item.text)}`, item.id))
      }
      if (old.terms !== item.terms) {
        const terms = item.terms ? `terms now ${quoted(item.terms)}` : 'terms removed'
        changes.push(changed(`${itemLabel(item)} ${on}: ${terms}`, item.id))
      }
      if (old.kind !== item.kind) {
        changes.push(
          changed(`${itemLabel(old)} ${on} changed to ${itemKindNames[item.kind]}`, item.id),
        )
      }
      if (old.cubeId !== item.cubeId) {
        changes.push(
          changed(
            `${itemLabel(item)} moved from ${was.cube(old.cubeId)} to ${now.cube(item.cubeId)}`,
            item.id,
          ),
        )
        return changes
      }
      if (old.face !== item.face) {
        const faces = `from the ${faceNames[old.face]} to the ${faceNames[item.face]}`
        changes.push(changed(`${itemLabel(item)} ${on} moved ${faces}`, item.id))
      }
      if (old.processId !== item.processId) {
        changes.push(
          changed(
            item.processId
              ? `${itemLabel(item)} ${on} moved to process ${now.itemText(item.processId)}`
              : `${itemLabel(item)} ${on} taken out of process ${was.itemText(old.processId)}`,
            item.id,
          ),
        )
      }
      return changes
    }),
  ]
}

function serviceLinkChanges({ was, now, onBoard, cubes, links }: Comparison): ModelChange[] {
  return [
    ...links.added
      .filter(
        (link) =>
          !(cubes.addedIds.has(link.providerCubeId) && cubes.addedIds.has(link.consumerCubeId)),
      )
      .map((link) => added(now.serves(link, 'now serves'), link.id)),
    ...links.removed
      .filter(
        (link) =>
          !(cubes.removedIds.has(link.providerCubeId) && cubes.removedIds.has(link.consumerCubeId)),
      )
      .map((link) =>
        removed(
          was.serves(link, 'no longer serves'),
          onBoard(link.consumerCubeId) ?? onBoard(link.providerCubeId),
        ),
      ),
    ...links.kept.flatMap(([old, link]) => {
      if (old.serviceId !== link.serviceId || old.stepId !== link.stepId) {
        return [changed(now.serves(link, 'now serves'), link.id)]
      }
      if (old.label === link.label) return []
      const between = `The link from ${now.itemText(link.serviceId)} to ${now.itemText(link.stepId)}`
      const label = link.label ? `relabelled ${quoted(link.label)}` : 'lost its label'
      return [changed(`${between} ${label}`, link.id)]
    }),
  ]
}

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

/** Results of dot votes that ended since: what got how many dots. */
function voteChanges({ before, after, now }: Comparison): ModelChange[] {
  const key = (tally: VoteTally) => `${tally.vote}\n${tally.targetId}`
  const earlier = new Map(before.votes.map((tally) => [key(tally), tally.dots]))
  return after.votes
    .filter((tally) => earlier.get(key(tally)) !== tally.dots)
    .map((tally) =>
      added(
        `Vote ${quoted(tally.vote)}: ${tally.dots} dot${tally.dots === 1 ? '' : 's'} for ${now.thing(tally.targetId)}`,
        tally.targetId,
      ),
    )
}

/** Names of a model's things, as sentences quote them. */
class Wording {
  private readonly cubes: Map<string, string>
  private readonly departments: Map<string, string>
  private readonly items: Map<string, FaceItem>
  private readonly personas: Map<string, string>
  private readonly needs: Map<string, Need>
  private readonly organisations: Map<string, string>
  private readonly offerings: Map<string, Offering>
  private readonly all: Set<string>

  constructor(model: BoardModel) {
    this.cubes = new Map(model.cubes.map((cube) => [cube.id, cube.title]))
    this.departments = new Map(model.departments.map((d) => [d.id, d.name]))
    this.items = byId(model.items)
    this.personas = new Map(model.personas.map((persona) => [persona.id, persona.name]))
    this.needs = byId(model.needs)
    this.organisations = new Map(model.organisations.map((o) => [o.id, o.name]))
    this.offerings = byId(model.offerings)
    this.all = new Set(
      [
        model.cubes,
        model.items,
        model.serviceLinks,
        model.personas,
        model.needs,
        model.organisations,
        model.offerings,
      ].flatMap((things: { id: string }[]) => things.map((thing) => thing.id)),
    )
  }

  /** Whether the model holds a cube, item, link, persona, need, organisation or offering. */
  has(id: string): boolean {
    return this.all.has(id)
  }

  cube(id: string): string {
    return quoted(this.cubes.get(id) ?? '')
  }

  /** Anything votes can be on: `Cube “Payments”`, `Service “KYC”`, … or a plain shape. */
  thing(id: string): string {
    const item = this.items.get(id)
    const need = this.needs.get(id)
    const offering = this.offerings.get(id)
    if (this.cubes.has(id)) return `Cube ${this.cube(id)}`
    if (item) return itemLabel(item)
    if (this.personas.has(id)) return `Persona ${this.persona(id)}`
    if (need) return needLabel(need)
    if (offering) return offeringLabel(offering)
    return 'a shape on the board'
  }

  department(id: string): string {
    return this.departments.get(id) || 'no department'
  }

  itemText(id: string | null): string {
    return quoted((id && this.items.get(id)?.text) || '')
  }

  /** `the Front Stage of “Mortgage Loan”`, or for a process step, its process. */
  placeOf(item: FaceItem): string {
    const process = item.processId ? this.items.get(item.processId) : undefined
    if (process) return `process ${quoted(process.text)} on ${this.cube(item.cubeId)}`
    return `the ${faceNames[item.face]} of ${this.cube(item.cubeId)}`
  }

  /** `Service “KYC” of “CLM” now serves step “KYC” of “Credit Risk”` */
  serves(link: ServiceLink, verb: string): string {
    return `Service ${this.itemText(link.serviceId)} of ${this.cube(link.providerCubeId)} ${verb} step ${this.itemText(link.stepId)} of ${this.cube(link.consumerCubeId)}`
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

/** What is in `after` and not `before`, the other way round, and both (in `after`'s order). */
function compared<T extends { id: string }>(before: T[], after: T[]) {
  const old = byId(before)
  const current = ids(after)
  const gained = after.filter((thing) => !old.has(thing.id))
  const lost = before.filter((thing) => !current.has(thing.id))
  return {
    added: gained,
    removed: lost,
    addedIds: ids(gained),
    removedIds: ids(lost),
    kept: after.flatMap((thing) => {
      const previous = old.get(thing.id)
      return previous ? [[previous, thing] as const] : []
    }),
  }
}

function byId<T extends { id: string }>(things: T[]): Map<string, T> {
  return new Map(things.map((thing) => [thing.id, thing]))
}

function ids(things: { id: string }[]): Set<string> {
  return new Set(things.map((thing) => thing.id))
}

function countOf<K extends string, T extends Record<K, unknown>>(
  things: T[],
  key: K,
  value: string,
): number {
  return things.filter((thing) => thing[key] === value).length
}

/** How many parts came or went with a thing: "with 3 items". */
interface Parts {
  count: number
  noun: string
}

function withParts(text: string, parts?: Parts): string {
  if (!parts || parts.count === 0) return text
  return `${text} with ${parts.count} ${parts.noun}${parts.count === 1 ? '' : 's'}`
}

function added(text: string, targetId: string, parts?: Parts): ModelChange {
  return { kind: 'added', text: withParts(text, parts), targetId }
}

function removed(text: string, targetId: string | null, parts?: Parts): ModelChange {
  return { kind: 'removed', text: withParts(text, parts), targetId }
}

function changed(text: string, targetId: string): ModelChange {
  return { kind: 'changed', text, targetId }
}
