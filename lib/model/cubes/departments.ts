/** What each department provides to the others and relies on from them, by service link. */
import type { BoardModel, FaceItem, ServiceLink } from '../board-model'

/** One service link seen from a department: whose service serves whose step. */
export interface DepartmentExchange {
  linkId: string
  service: FaceItem
  step: FaceItem
  providerCubeId: string
  consumerCubeId: string
  /** The other side's department. */
  otherDepartmentId: string
}

export interface DepartmentRelations {
  departmentId: string
  /** Its services that serve other cubes' steps (its own cubes' included). */
  provides: DepartmentExchange[]
  /** Other cubes' services its steps rely on. */
  reliesOn: DepartmentExchange[]
}

/**
 * A department as the board keeps it: its name written with single spaces, and its id that
 * name in lower case, so "Risk  department" and "risk Department" are one department.
 */
export function foldedDepartment(written: string): { id: string; name: string } {
  const name = written.trim().replace(/\s+/g, ' ')
  return { id: name.toLowerCase(), name }
}

/** Per department, what it provides to whom and what it relies on, by service link. */
export function departmentRelations(model: BoardModel): DepartmentRelations[] {
  const departmentOf = new Map(model.cubes.map((cube) => [cube.id, cube.departmentId]))
  const items = new Map(model.items.map((item) => [item.id, item]))
  const relations = new Map(
    model.departments.map((department) => [
      department.id,
      { departmentId: department.id, provides: [], reliesOn: [] } as DepartmentRelations,
    ]),
  )
  for (const link of model.serviceLinks) {
    const exchange = exchangeOf(link, items)
    const provider = departmentOf.get(link.providerCubeId)
    const consumer = departmentOf.get(link.consumerCubeId)
    if (!exchange || provider === undefined || consumer === undefined) continue
    relations.get(provider)?.provides.push({ ...exchange, otherDepartmentId: consumer })
    relations.get(consumer)?.reliesOn.push({ ...exchange, otherDepartmentId: provider })
  }
  return [...relations.values()]
}

function exchangeOf(link: ServiceLink, items: Map<string, FaceItem>) {
  const service = items.get(link.serviceId)
  const step = items.get(link.stepId)
  if (!service || !step) return null
  return {
    linkId: link.id,
    service,
    step,
    providerCubeId: link.providerCubeId,
    consumerCubeId: link.consumerCubeId,
  }
}
