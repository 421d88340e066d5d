import { describe, expect, it } from 'vitest'
import { modelFromRecords } from '@/lib/model'
import { recordsFromModel } from '@/lib/shapes'
import { cubeByCubeLimit, networkLayout, type LayoutCube } from '@/lib/shapes/cube/network-layout'
import { templateRecords } from '@/lib/templates'

type Box = { x: number; y: number; w: number; h: number }
const overlap = (a: Box, b: Box) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h

function boxesOf(cubes: LayoutCube[], layout: Map<string, { x: number; y: number }>) {
  return new Map(cubes.map((cube) => [cube.id, { ...layout.get(cube.id)!, w: cube.w, h: cube.h }]))
}

/** The box around each department's cubes. */
function departmentBoxes(cubes: LayoutCube[], boxes: Map<string, Box>): Box[] {
  const departments = new Map<string, LayoutCube[]>()
  for (const cube of cubes) {
    departments.set(cube.department, [...(departments.get(cube.department) ?? []), cube])
  }
  return [...departments.values()].map((members) => {
    const of = members.map((cube) => boxes.get(cube.id)!)
    const x = Math.min(...of.map((b) => b.x))
    const y = Math.min(...of.map((b) => b.y))
    return {
      x,
      y,
      w: Math.max(...of.map((b) => b.x + b.w)) - x,
      h: Math.max(...of.map((b) => b.y + b.h)) - y,
    }
  })
}

describe('a cube network laid out', () => {
  const model = modelFromRecords(templateRecords['mortgage-loan-network']())
  const cubes: LayoutCube[] = model.cubes.map((cube, at) => ({
    id: cube.id,
    // Sizes differ, as turned, collapsed and grown cubes do.
    w: 400 + (at % 3) * 120,
    h: 300 + (at % 2) * 200,
    department: cube.departmentId,
  }))
  const layout = networkLayout(cubes, model.serviceLinks, { x: 100, y: 50 })
  const boxes = boxesOf(cubes, layout)

  it('overlaps nothing, and starts where it was asked to', () => {
    const all = [...boxes.values()]
    for (const [i, a] of all.entries()) {
      for (const b of all.slice(i + 1)) expect(overlap(a, b)).toBe(false)
    }
    expect(Math.min(...all.map((b) => b.x))).toBe(100)
    expect(Math.min(...all.map((b) => b.y))).toBe(50)
  })

  it('puts each consumer above the cubes whose services it relies on', () => {
    expect(model.serviceLinks.length).toBeGreaterThan(5)
    for (const link of model.serviceLinks) {
      const consumer = boxes.get(link.consumerCubeId)!
      const provider = boxes.get(link.providerCubeId)!
      expect(consumer.y + consumer.h).toBeLessThan(provider.y)
    }
  })

  it('keeps each department’s cubes together, apart from the other departments', () => {
    const grouped = departmentBoxes(cubes, boxes)
    expect(grouped.length).toBeGreaterThan(3)
    for (const [i, a] of grouped.entries()) {
      for (const b of grouped.slice(i + 1)) expect(overlap(a, b)).toBe(false)
    }
  })

  it('is how an imported board arrives: not in one column, no cube over another', () => {
    const imported = recordsFromModel(model).filter(
      (record): record is Extract<typeof record, { type: 'cube' }> =>
        record.typeName === 'shape' && 'type' in record && record.type === 'cube',
    )
    expect(new Set(imported.map((cube) => cube.x)).size).toBeGreaterThan(1)
    const at = new Map(imported.map((cube) => [cube.id, cube]))
    for (const link of model.serviceLinks) {
      expect(at.get(link.consumerCubeId as never)!.y).toBeLessThan(
        at.get(link.providerCubeId as never)!.y,
      )
    }
  })
})

describe('a network too big to lay out cube by cube', () => {
  // 40 departments of 12 cubes; every cube of a department relies on one of the next.
  const cubes: LayoutCube[] = Array.from({ length: 480 }, (_, at) => ({
    id: `shape:c${at}`,
    w: 560 + (at % 2) * 100,
    h: 460,
    department: `Department ${Math.floor(at / 12)}`,
  }))
  const links = cubes
    .filter((_, at) => at + 12 < cubes.length)
    .map((cube, at) => ({ consumerCubeId: cube.id, providerCubeId: cubes[at + 12]!.id }))
  const layout = networkLayout(cubes, links, { x: 10, y: 20 })
  const boxes = boxesOf(cubes, layout)

  it('is laid out by department, with every cube placed, none over another', () => {
    expect(cubes.length).toBeGreaterThan(cubeByCubeLimit)
    const all = [...boxes.values()]
    expect(all).toHaveLength(480)
    const byRow = [...all].sort((a, b) => a.y - b.y || a.x - b.x)
    for (const [i, a] of byRow.entries()) {
      for (const b of byRow.slice(i + 1)) {
        if (b.y >= a.y + a.h) break
        expect(overlap(a, b)).toBe(false)
      }
    }
    expect(Math.min(...all.map((b) => b.x))).toBe(10)
    expect(Math.min(...all.map((b) => b.y))).toBe(20)
  })

  it('keeps departments apart, each above the department it relies on', () => {
    const grouped = departmentBoxes(cubes, boxes)
    expect(grouped).toHaveLength(40)
    for (const [i, a] of grouped.entries()) {
      for (const b of grouped.slice(i + 1)) expect(overlap(a, b)).toBe(false)
    }
    for (const [d, box] of grouped.slice(0, -1).entries()) {
      expect(box.y + box.h).toBeLessThan(grouped[d + 1]!.y)
    }
  })
})
