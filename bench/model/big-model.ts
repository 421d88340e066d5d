// Models of any size for the model bench: departments of ten cubes, each cube serving the next ones.
import { emptyBoardModel, type BoardModel } from '@/lib/model'

/**
 * A valid model of `cubes` cubes in departments of ten: each cube has a product, a service,
 * a channel, a process with two steps and a system, and each step is served by the service
 * of a cube nearby, as departments serve each other in a workshop's network.
 */
export function bigModel(cubes: number): BoardModel {
  const model = emptyBoardModel()
  for (let d = 0; d * 10 < cubes; d++) {
    const name = `Department ${String(d).padStart(4, '0')}`
    model.departments.push({ id: name.toLowerCase(), name, cubeIds: [] })
  }
  for (let c = 0; c < cubes; c++) {
    const id = `shape:cube${c}`
    const department = model.departments[Math.floor(c / 10)]!
    department.cubeIds.push(id)
    model.cubes.push({
      id,
      title: `Cube ${String(c).padStart(5, '0')}`,
      departmentId: department.id,
    })
    const item = (
      suffix: string,
      face: string,
      kind: string,
      text: string,
      processId: string | null = null,
      order = 0,
    ) =>
      model.items.push({
        id: `cube_item:${c}-${suffix}`,
        cubeId: id,
        face,
        kind,
        text,
        terms: '',
        processId,
        order,
      } as BoardModel['items'][number])
    item('product', 'front-stage', 'product', `Product ${c}`)
    item('service', 'front-stage', 'service', `Service ${c} payments and credit`)
    item('channel', 'experience', 'channel', `Channel ${c}`)
    item('process', 'back-stage', 'process', `Process ${c}`)
    item('step0', 'back-stage', 'process-step', `Step ${c}.0`, `cube_item:${c}-process`, 0)
    item('step1', 'back-stage', 'process-step', `Step ${c}.1`, `cube_item:${c}-process`, 1)
    item('system', 'back-stage', 'it-application', `System ${c}`)
  }
  for (let c = 0; c < cubes; c++) {
    // Within a department each cube relies on the next one and the one three on; the last
    // relies on the next department's first, in groups of five departments (so no cube
    // relies on more than 50), and one cube in each department relies on one three back,
    // closing a cycle, as real networks have a few.
    const [department, place] = [Math.floor(c / 10), c % 10]
    const next = place < 9 ? c + 1 : department % 5 < 4 ? c + 1 : -1
    const providers = { step0: next, step1: place === 5 ? c - 3 : place + 3 < 10 ? c + 3 : -1 }
    for (const [step, provider] of Object.entries(providers)) {
      if (provider < 0 || provider >= cubes) continue
      model.serviceLinks.push({
        id: `shape:link${c}-${step}`,
        serviceId: `cube_item:${provider}-service`,
        stepId: `cube_item:${c}-${step}`,
        providerCubeId: `shape:cube${provider}`,
        consumerCubeId: `shape:cube${c}`,
        label: '',
      })
    }
  }
  return model
}
