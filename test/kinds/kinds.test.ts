import { describe, expect, it } from 'vitest'
import { createShapeId, type TLRecord } from 'tldraw'
import { boardKind, boardKinds } from '@/lib/kinds'
import { defineKind } from '@/lib/kinds/define-kind'
import { kindCanvas } from '@/lib/kinds/kind-canvas'
import { kindShapeSchemas } from '@/lib/kinds/kind-shapes'
import { boardSeedUpdate } from '@/lib/boards/seed-update'
import {
  cubeShapeType,
  exportFilesOf,
  modelExportFiles,
  personaShapeType,
  serviceLinkShapeType,
} from '@/lib/model'
import { boardSchema, createBoardStore, personaShapeSchema, shapeSchemas } from '@/lib/shapes'
import { templateRecords } from '@/lib/templates'
import { templateCatalogue } from '@/lib/templates/catalogue'
import { cubeShape } from '../helpers/tldraw-stores'

/** A kind of cubes alone, to see what a kind that shares nothing gets. */
const cubesOnly = defineKind({
  id: 'cubes-only',
  name: 'Cubes only',
  shapes: [cubeShapeType, serviceLinkShapeType],
  sharedShapes: [],
  toolbar: [cubeShapeType],
  templates: [],
  agenda: [],
  sections: ['cubes'],
})

function persona(): TLRecord {
  return {
    id: createShapeId(),
    typeName: 'shape',
    type: personaShapeType,
    x: 0,
    y: 0,
    rotation: 0,
    index: 'a2',
    parentId: 'page:page',
    isLocked: false,
    opacity: 1,
    meta: {},
    props: { ...personaShapeSchema.defaultProps },
  } as TLRecord
}

describe('a board kind', () => {
  it('gets only its own shapes and the ones it shares: a store of cubes alone refuses a persona', () => {
    const store = createBoardStore({ shapes: kindShapeSchemas(cubesOnly) })
    store.put([cubeShape()])
    expect(() => store.put([persona()])).toThrow()
    expect(kindCanvas(cubesOnly).shapes.map((shape) => shape.schema.type)).toEqual([
      cubeShapeType,
      serviceLinkShapeType,
    ])
    expect(kindCanvas(cubesOnly).tools.map((tool) => tool.tool.id)).toEqual([cubeShapeType])
  })

  it('refuses a tool for a shape it does not hold', () => {
    expect(() => defineKind({ ...cubesOnly, toolbar: [personaShapeType] })).toThrow(
      /offers a tool for "persona"/,
    )
  })

  it('offers the exports of its model sections', () => {
    expect(exportFilesOf(cubesOnly.sections)).toEqual([
      'model.json',
      'cubes.csv',
      'items.csv',
      'links.csv',
      'votes.csv',
      'network.mmd',
    ])
  })
})

describe('the board kinds there are', () => {
  it('each name shapes, tools and sections that exist', () => {
    for (const kind of boardKinds) {
      const canvas = kindCanvas(kind)
      expect(canvas.shapes.length).toBe(kind.shapes.length + kind.sharedShapes.length)
      expect(canvas.tools.map((tool) => tool.tool.id)).toEqual(kind.toolbar)
      for (const file of exportFilesOf(kind.sections)) expect(modelExportFiles).toContain(file)
    }
  })

  it('write the schema boards were written in before there were kinds, so their docs read as they are', () => {
    for (const kind of boardKinds) {
      expect(boardSchema(kindShapeSchemas(kind)).serialize()).toEqual(
        boardSchema(shapeSchemas).serialize(),
      )
    }
  })

  it('seed every template on a store of the template’s own kind', () => {
    for (const template of templateCatalogue) {
      const shapes = kindShapeSchemas(boardKind(template.kind))
      expect(() => boardSeedUpdate(templateRecords[template.id](), [], shapes)).not.toThrow()
    }
  })
})
