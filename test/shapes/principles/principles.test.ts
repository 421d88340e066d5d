import { describe, expect, it } from 'vitest'
import { createShapeId } from 'tldraw'
import { emptyBoardModel, modelFromRecords, principleKeys, type BoardModel } from '@/lib/model'
import { principlesAnalysis } from '@/lib/model/principles/analysis'
import { keepRecordsWhole, recordsFromModel, shapeSchemas } from '@/lib/shapes'
import { principlePartsOf } from '@/lib/shapes/principles/part-records'
import { principlesShapeSchema, type TLPrinciplesShape } from '@/lib/shapes/principles/schema'
import { cubeShape, newStore, shapeRecord } from '../../helpers/tldraw-stores'

/** A store with the canvas's side effects, two departments' cubes and one matrix drawn in it. */
function boardWithMatrix() {
  const store = newStore()
  keepRecordsWhole(store, shapeSchemas)
  const risk = cubeShape(createShapeId(), { title: 'Credit Risk', department: 'Risk' })
  const sales = cubeShape(createShapeId(), { title: 'Home Loan', department: 'Retail Sales' })
  const matrix = shapeRecord<TLPrinciplesShape>(principlesShapeSchema, {
    title: 'Who carries them',
  })
  store.put([risk, sales, matrix])
  return { store, matrixId: matrix.id }
}

/** A model of two departments' cubes and one matrix: Risk responsible for listening only. */
function modelWithMatrix(): BoardModel {
  const model = emptyBoardModel()
  model.departments = [
    { id: 'retail sales', name: 'Retail Sales', cubeIds: ['shape:home-loan'] },
    { id: 'risk', name: 'Risk', cubeIds: ['shape:credit-risk'] },
  ]
  model.cubes = [
    { id: 'shape:home-loan', title: 'Home Loan', departmentId: 'retail sales' },
    { id: 'shape:credit-risk', title: 'Credit Risk', departmentId: 'risk' },
  ]
  model.principles = [
    {
      id: 'shape:matrix',
      title: 'Who carries the principles',
      rows: [
        { id: 'principle_row:listening', key: 'listening', name: 'Systematic listening' },
        { id: 'principle_row:ours', key: null, name: 'One voice to the customer' },
      ],
      cells: [
        {
          rowId: 'principle_row:listening',
          departmentId: 'retail sales',
          role: 'contributes',
          note: 'App reviews',
        },
        { rowId: 'principle_row:listening', departmentId: 'risk', role: 'responsible', note: '' },
      ],
    },
  ]
  return model
}

describe('a principles matrix on the board', () => {
  it('starts with the five principles, in the order workshops discuss them', () => {
    const { store, matrixId } = boardWithMatrix()
    const { rows, cells } = principlePartsOf(store, matrixId)
    expect(rows.map((row) => row.key)).toEqual([...principleKeys])
    expect(cells).toEqual([])
  })

  it('is read by the model: roles per unit, and the principles nobody is responsible for', () => {
    const { store, matrixId } = boardWithMatrix()
    const [listening] = principlePartsOf(store, matrixId).rows
    store.put([
      {
        id: 'principle_cell:1',
        typeName: 'principle_cell',
        matrixId,
        rowId: listening!.id,
        department: ' risk ',
        role: 'responsible',
        note: 'Owns the complaint log',
        meta: {},
      } as never,
    ])
    const model = modelFromRecords(store.allRecords())
    expect(model.principles).toHaveLength(1)
    expect(model.principles[0]!.cells).toEqual([
      {
        rowId: listening!.id,
        departmentId: 'risk',
        role: 'responsible',
        note: 'Owns the complaint log',
      },
    ])
    const analysis = principlesAnalysis(model)
    expect(analysis.principles.withoutOwner).toHaveLength(4)
  })

  it('takes its rows and cells along when it is deleted, and a row its cells', () => {
    const { store, matrixId } = boardWithMatrix()
    const [first, second] = principlePartsOf(store, matrixId).rows
    const cell = (id: string, rowId: string) =>
      ({
        id,
        typeName: 'principle_cell',
        matrixId,
        rowId,
        department: 'Risk',
        role: 'contributes',
        note: '',
        meta: {},
      }) as never
    store.put([cell('principle_cell:a', first!.id), cell('principle_cell:b', second!.id)])
    store.remove([first!.id])
    expect(principlePartsOf(store, matrixId).cells.map((c) => c.id)).toEqual(['principle_cell:b'])
    store.remove([matrixId])
    expect(principlePartsOf(store, matrixId)).toEqual({ rows: [], cells: [] })
  })
})

describe('a model’s principles matrices', () => {
  it('are written on the board and read back as they were (imports keep them)', () => {
    const model = modelWithMatrix()
    const store = newStore()
    store.put(recordsFromModel(model))
    expect(modelFromRecords(store.allRecords()).principles).toEqual(model.principles)
  })
})
