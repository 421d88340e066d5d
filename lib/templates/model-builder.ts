// Writes a template as a model, cube by cube in the words of a workshop.
import { emptyBoardModel, faceOfItemKind, type BoardModel, type FaceItemKind } from '@/lib/model'

/** What is written on a cube's faces, in the words of a workshop. */
export interface CubeFaces {
  /** Front Stage: [name, promise or terms]. */
  products?: [string, string][]
  services?: [string, string][]
  /** Experience. */
  brand?: string[]
  channels?: string[]
  journey?: string[]
  /** Back Stage: [process, its steps in order]. */
  processes?: [string, string[]][]
  organisation?: string[]
  information?: string[]
  itApplications?: string[]
  policies?: string[]
}

/**
 * Writes a template board as a model, cube by cube and link by link, with readable stable
 * ids ("shape:credit-risk", "cube_item:credit-risk/service/credit-application").
 */
export class TemplateModel {
  private readonly model: BoardModel = emptyBoardModel()

  cube(key: string, title: string, department: string, faces: CubeFaces): this {
    const cubeId = `shape:${key}`
    const departmentId = department.toLowerCase()
    const known = this.model.departments.find((d) => d.id === departmentId)
    if (known) known.cubeIds.push(cubeId)
    else this.model.departments.push({ id: departmentId, name: department, cubeIds: [cubeId] })
    this.model.cubes.push({ id: cubeId, title, departmentId })
    const add = (
      kind: FaceItemKind,
      entries: (string | [string, string])[] = [],
      processId: string | null = null,
    ) =>
      entries.forEach((entry, order) => {
        const [text, terms] = typeof entry === 'string' ? [entry, ''] : entry
        this.model.items.push({
          id: itemId(key, kind, text),
          cubeId,
          face: faceOfItemKind[kind],
          kind,
          text,
          terms,
          processId,
          order,
        })
      })
    add('product', faces.products)
    add('service', faces.services)
    add('brand', faces.brand)
    add('channel', faces.channels)
    add('journey-step', faces.journey)
    add(
      'process',
      faces.processes?.map(([name]) => name),
    )
    for (const [name, steps] of faces.processes ?? [])
      add('process-step', steps, itemId(key, 'process', name))
    add('organisation', faces.organisation)
    add('information', faces.information)
    add('it-application', faces.itApplications)
    add('policy', faces.policies)
    return this
  }

  /** `provider`'s service serves `consumer`'s process step (both already written). */
  link(provider: string, service: string, consumer: string, step: string, label = ''): this {
    const serviceId = itemId(provider, 'service', service)
    const stepId = itemId(consumer, 'process-step', step)
    for (const id of [serviceId, stepId]) {
      if (!this.model.items.some((item) => item.id === id))
        throw new Error(`template: no item ${id}`)
    }
    this.model.serviceLinks.push({
      id: `shape:link-${provider}-${slug(service)}-to-${consumer}-${slug(step)}`,
      serviceId,
      stepId,
      providerCubeId: `shape:${provider}`,
      consumerCubeId: `shape:${consumer}`,
      label,
    })
    return this
  }

  build(): BoardModel {
    return structuredClone(this.model)
  }
}

function itemId(cubeKey: string, kind: FaceItemKind, text: string): string {
  return `cube_item:${cubeKey}/${kind}/${slug(text)}`
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}
