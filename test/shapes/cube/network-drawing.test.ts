import { describe, expect, it } from 'vitest'
import { networkDrawing, pictureCubeLimit } from '@/lib/shapes/cube/network-drawing'
import { bigModel } from '../../../bench/model/big-model'
import { mortgageNetwork } from '../../model/model-builder'

describe('the network drawing the model page and the handout share', () => {
  it('places every cube inside the drawing, arrows from the provider’s top to the consumer’s bottom', () => {
    const model = mortgageNetwork().build()
    const drawing = networkDrawing(model)
    expect(drawing.byCube).toBe(true)
    expect(drawing.nodes.map((node) => node.id)).toEqual(model.cubes.map((cube) => cube.id))
    for (const node of drawing.nodes) {
      expect(node.x).toBeGreaterThan(0)
      expect(node.y).toBeGreaterThan(0)
      expect(node.x + node.w).toBeLessThan(drawing.width)
      expect(node.y + node.h).toBeLessThan(drawing.height)
    }
    const at = new Map(drawing.nodes.map((node) => [node.id, node]))
    for (const edge of drawing.edges) {
      const [provider, consumer] = [at.get(edge.from)!, at.get(edge.to)!]
      expect([edge.x1, edge.y1]).toEqual([provider.x + provider.w / 2, provider.y])
      expect([edge.x2, edge.y2]).toEqual([consumer.x + consumer.w / 2, consumer.y + consumer.h])
      // Consumers stand above the cubes they rely on.
      expect(consumer.y).toBeLessThan(provider.y)
    }
    expect(drawing.departments.map((d) => d.name).sort()).toEqual(
      model.departments.map((d) => d.name).sort(),
    )
  })

  it('gives the legend each department once, in the colours its cubes are drawn in', () => {
    const model = mortgageNetwork().build()
    const drawing = networkDrawing(model)
    expect(drawing.legend.map((entry) => entry.name)).toEqual(model.departments.map((d) => d.name))
    for (const cube of model.cubes) {
      const name = model.departments.find((d) => d.id === cube.departmentId)!.name
      const node = drawing.nodes.find((n) => n.id === cube.id)!
      expect(drawing.legend.find((entry) => entry.name === name)).toMatchObject({
        fill: node.fill,
        edge: node.edge,
      })
    }
  })

  it('draws a board of more cubes than it can show one by one as its departments', () => {
    const model = bigModel(pictureCubeLimit + 10)
    const drawing = networkDrawing(model)
    expect(drawing.byCube).toBe(false)
    expect(drawing.nodes).toHaveLength(model.departments.length)
    expect(drawing.departments).toEqual([])
    expect(drawing.caption).toContain('too many to draw one by one')
  })
})
