/**
 * What changed in a board's cube network between two models: cubes, their items and the
 * service links, each added, removed or changed. What came or went with its cube is
 * counted in the cube's line rather than listed, and so is a link whose two cubes came or
 * went. Reordering within a face is not a change a reader needs to be told about.
 */
import type { BoardModel } from '../board-model'
import { byId, compared, countOf, type ModelComparison } from '../changes/comparison'
import { added, changed, removed, type ModelChange } from '../changes/model-change'
import { quoted } from '../names'
import { cubeTitles, itemLabel } from './names'
import type { FaceItem, ServiceLink } from './cube-model'
import { faceNames, itemKindNames } from './vocabulary'

/** The cube network's changes: cubes, then items, then service links. */
export function cubeNetworkChanges(comparison: ModelComparison): ModelChange[] {
  const models = cubeComparison(comparison)
  return [...cubeChanges(models), ...itemChanges(models), ...serviceLinkChanges(models)]
}

function cubeComparison(comparison: ModelComparison) {
  const { before, after } = comparison
  return {
    ...comparison,
    was: new CubeWording(before),
    now: new CubeWording(after),
    cubes: compared(before.cubes, after.cubes),
    items: compared(before.items, after.items),
    links: compared(before.serviceLinks, after.serviceLinks),
  }
}

type Comparison = ReturnType<typeof cubeComparison>

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

/** Names of a model's cube network, as sentences quote them. */
class CubeWording {
  private readonly cubes: Map<string, string>
  private readonly departments: Map<string, string>
  private readonly items: Map<string, FaceItem>

  constructor(model: BoardModel) {
    const names = cubeTitles(model)
    // Untitled cubes read "(unnamed)"; same-titled ones carry their department.
    this.cubes = new Map(model.cubes.map((cube) => [cube.id, cube.title && names.get(cube.id)!]))
    this.departments = new Map(model.departments.map((d) => [d.id, d.name]))
    this.items = byId(model.items)
  }

  cube(id: string): string {
    return quoted(this.cubes.get(id) ?? '')
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
}
