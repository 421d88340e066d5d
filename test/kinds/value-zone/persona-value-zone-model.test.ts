import { describe, expect, it } from 'vitest'
import * as Y from 'yjs'
import { boardSeedUpdate } from '@/lib/boards/seed-update'
import {
  boardGaps,
  handoutSections,
  modelCoverage,
  modelFromRecords,
  modelTables,
  searchModel,
} from '@/lib/model'
import { recordsFromModel } from '@/lib/shapes'
import { StoreBinding } from '@/lib/sync/store-binding'
import { templateRecords } from '@/lib/templates'
import { documentRecords, newStore } from '../../helpers/tldraw-stores'

/** The model of a board seeded with `records`, as a participant's store reads it. */
function modelOfSeed(records: ReturnType<(typeof templateRecords)['persona-value-zone']>) {
  const doc = new Y.Doc()
  Y.applyUpdate(doc, boardSeedUpdate(records))
  const store = newStore()
  const skipped: string[] = []
  new StoreBinding({ store, doc, onSkippedRecord: (id) => skipped.push(id) }).start()
  return { model: modelFromRecords(documentRecords(store)), skipped }
}

describe('the model of a value-zone board', () => {
  const { model } = modelOfSeed(templateRecords['persona-value-zone']())

  it('holds the personas with stated and unstated needs, the offerings and what fulfils what', () => {
    expect(model.personas).toHaveLength(2)
    expect(model.needs.some((need) => need.stated)).toBe(true)
    expect(model.needs.some((need) => !need.stated)).toBe(true)
    expect(model.organisations).toHaveLength(1)
    expect(model.fulfilments.length).toBeGreaterThan(0)
  })

  it('counts coverage as the board does, with the template’s unmet needs as gaps', () => {
    const coverage = modelCoverage(model)
    const overall = model.personas.map(
      (persona) => coverage.byPersona.get(persona.id)!.overall.percent,
    )
    expect(overall.sort()).toEqual([50, 60])
    const gaps = boardGaps(model)
    expect(gaps.unmetNeeds.length).toBeGreaterThan(0)
    expect(gaps.idleOfferings.map((offering) => offering.text)).toContain('Mortgage Loan')
    expect(gaps.personasWithoutNeeds).toEqual([])
  })

  it('exports personas, needs, offerings and fulfilments as tables with the board’s figures', () => {
    const tables = modelTables(model)
    expect(tables.personas!.rows.map((row) => row[8]).sort()).toEqual([50, 60])
    expect(tables.needs!.rows).toHaveLength(model.needs.length)
    expect(tables.needs!.rows.filter((row) => row[6] === false)).toHaveLength(
      boardGaps(model).unmetNeeds.length,
    )
    expect(tables.fulfilments!.rows).toHaveLength(model.fulfilments.length)
    const sections = handoutSections(model)
    expect(sections.find((s) => s.title === 'Coverage of personas’ needs')!.lines).toHaveLength(2)
  })

  it('is found by persona and need', () => {
    const [persona] = model.personas
    expect(searchModel(model, persona!.name).map((match) => match.kind)).toContain('persona')
    const [need] = model.needs
    expect(searchModel(model, need!.text)[0]).toMatchObject({ kind: 'need', id: need!.id })
  })

  it('comes back the same from a board built from it (export, import)', () => {
    const again = modelOfSeed(recordsFromModel(model))
    expect(again.skipped).toEqual([])
    expect(again.model).toEqual(model)
  })
})
