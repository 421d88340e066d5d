// Tests the network layout behind "Tidy up", imported boards and the model page's picture.
import { describe, expect, it } from 'vitest'
import type { CubeNetwork } from '@/lib/model'
import { layoutNetwork, type LayoutBox } from '@/lib/model/layout/network-layout'
import { mortgageLoanNetwork } from '@/lib/kinds/cube-network/mortgage-loan-network'
import { ModelBuilder } from '../model-builder'

const overlap = (a: LayoutBox, b: LayoutBox) =>
  a.x < b.x + b.w && b.x < a.x + a.w && a.y < b.y + b.h && b.y < a.y + a.h
const inside = (inner: LayoutBox, outer: LayoutBox) =>
  inner.x >= outer.x &&
  inner.y >= outer.y &&
  inner.x + inner.w <= outer.x + outer.w &&
  inner.y + inner.h <= outer.y + outer.h

function expectNoOverlaps(boxes: LayoutBox[]) {
  boxes.forEach((a, i) => boxes.slice(i + 1).forEach((b) => expect(overlap(a, b)).toBe(false)))
}

/** Two departments whose cubes serve each other in a chain, and a third on its own. */
const mixed = new ModelBuilder()
  .cube('Shop', 'Sales')
  .cube('Outlet', 'Sales')
  .cube('Warehouse', 'Logistics')
  .cube('Trucks', 'Logistics')
  .cube('Ledger', 'Finance')
  .link('Warehouse', 'Pick and pack', 'Shop', 'Deliver')
  .link('Warehouse', 'Pick and pack', 'Outlet', 'Restock')
  .link('Trucks', 'Transport', 'Warehouse', 'Inbound')
  .link('Ledger', 'Invoicing', 'Shop', 'Bill')
  .build()

describe('layoutNetwork', () => {
  it('puts every consumer above the providers that serve it', () => {
    const layout = layoutNetwork(mortgageLoanNetwork)
    for (const link of mortgageLoanNetwork.serviceLinks) {
      const consumer = layout.cubes[link.consumerCubeId]!
      const provider = layout.cubes[link.providerCubeId]!
      expect(consumer.y + consumer.h).toBeLessThan(provider.y)
    }
  })

  it('keeps links short: a provider sits in the layer right below its consumer', () => {
    const layout = layoutNetwork(mortgageLoanNetwork, { layerGap: 160, gap: 80 })
    const homeLoan = layout.cubes['shape:home-loan']!
    const mortgageLoan = layout.cubes['shape:mortgage-loan']!
    // One layer gap plus the two departments' margins (gap / 2 each), nothing more.
    expect(mortgageLoan.y - (homeLoan.y + homeLoan.h)).toBe(160 + 80)
  })

  it('places no cube over another, whatever their sizes', () => {
    const sizes: Record<string, { w: number; h: number }> = {
      Ledger: { w: 900, h: 700 },
      Trucks: { w: 200, h: 200 },
    }
    const layout = layoutNetwork(mixed, { sizeOf: (id) => sizes[id] ?? { w: 560, h: 460 } })
    expectNoOverlaps(Object.values(layout.cubes))
    expect(layout.cubes['Ledger']).toMatchObject({ w: 900, h: 700 })
  })

  it('groups each department in a box that holds its cubes and no other', () => {
    const layout = layoutNetwork(mixed)
    expect(Object.keys(layout.departments).sort()).toEqual(['finance', 'logistics', 'sales'])
    expectNoOverlaps(Object.values(layout.departments))
    for (const cube of mixed.cubes) {
      for (const [departmentId, box] of Object.entries(layout.departments)) {
        const within = inside(layout.cubes[cube.id]!, box)
        expect(within).toBe(departmentId === cube.departmentId)
      }
    }
    const all = { x: 0, y: 0, w: layout.width, h: layout.height }
    for (const box of Object.values(layout.cubes)) expect(inside(box, all)).toBe(true)
  })

  it('lays out cycles, and cubes without a department get no box', () => {
    const cyclic: Pick<CubeNetwork, 'cubes' | 'serviceLinks'> = new ModelBuilder()
      .cube('A', 'One')
      .cube('B', 'Two')
      .cube('C', '')
      .link('A', 'a', 'B', 'b')
      .link('B', 'b2', 'A', 'a2')
      .link('C', 'c', 'A', 'a3')
      .build()
    cyclic.cubes.find((cube) => cube.id === 'C')!.departmentId = ''
    const layout = layoutNetwork(cyclic)
    expect(Object.keys(layout.cubes).sort()).toEqual(['A', 'B', 'C'])
    expect(Object.keys(layout.departments).sort()).toEqual(['one', 'two'])
    expectNoOverlaps(Object.values(layout.cubes))
  })

  it('gives the same layout for the same network', () => {
    expect(layoutNetwork(mixed)).toEqual(layoutNetwork(structuredClone(mixed)))
  })

  it('skips links whose cubes are not in the network', () => {
    const partial = { cubes: mixed.cubes.slice(0, 2), serviceLinks: mixed.serviceLinks }
    expect(Object.keys(layoutNetwork(partial).cubes)).toEqual(['Shop', 'Outlet'])
  })
})
