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
  organisationShapeType,
  personaShapeType,
  serviceLinkShapeType,
  valueZoneShapeType,
} from '@/lib/model'
import { boardSchema, createBoardStore, personaShapeSchema, schemasOf } from '@/lib/shapes'
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

/**
 * What every board held before boards had kinds: any board of then must read in any kind. A
 * shape newer than kinds is held by the kinds that name it, and no other kind need change.
 */
const shapesBeforeKinds = [
  cubeShapeType,
  serviceLinkShapeType,
  personaShapeType,
  organisationShapeType,
  valueZoneShapeType,
]

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

  it('read boards written before there were kinds as they are: every shape of then, unmigrated', () => {
    const writtenThen = boardSchema(schemasOf(shapesBeforeKinds)).serialize()
    for (const kind of boardKinds) {
      const schema = boardSchema(kindShapeSchemas(kind))
      expect(Object.keys(schema.serialize().sequences)).toEqual(
        expect.arrayContaining(Object.keys(writtenThen.sequences)),
      )
      // Only the record types added since migrate (from their first version: none exist yet).
      const migrations = schema.getMigrationsSince(writtenThen)
      if (!migrations.ok) throw new Error(`${kind.id}: ${migrations.error}`)
      const migrated = migrations.value.map((migration) => migration.id.split('/')[0])
      for (const sequence of migrated) expect(writtenThen.sequences).not.toHaveProperty([sequence!])
    }
  })

  it('seed every template on a store of the template’s own kind', () => {
    for (const template of templateCatalogue) {
      const shapes = kindShapeSchemas(boardKind(template.kind))
      expect(() => boardSeedUpdate(templateRecords[template.id](), [], shapes)).not.toThrow()
    }
  })
})
