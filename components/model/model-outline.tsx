/**
 * The model as an outline: cubes, items, links, personas, needs and offerings, each pointing at
 * the board.
 */
import type { ReactNode } from 'react'
import {
  faceNames,
  itemKindNames,
  type BoardModel,
  type CubeFace,
  type FaceItem,
} from '@/lib/model'

/** What an outline entry points at on the board. */
export interface OutlineTarget {
  /** The shape to show: the cube itself, or the cube an item is written on. */
  shapeId: string
  /** The item, when the entry is one. */
  itemId?: string
}

export interface ModelOutlineProps {
  model: BoardModel
  /** Makes an entry's label actionable: a link on the model page, a button on the board. */
  renderEntry(label: string, target: OutlineTarget): ReactNode
}

/**
 * The board as an outline: Department › Cube › Face › Item (a process with its steps).
 * Plain nested lists with headings, so a screen reader can walk it and jump by heading,
 * and every entry is a link or button reachable with Tab.
 */
export function ModelOutline({ model, renderEntry }: ModelOutlineProps) {
  if (model.cubes.length === 0 && model.personas.length === 0) {
    return <p className="muted">No cubes or personas on this board yet.</p>
  }
  const items = (cubeId: string, face: CubeFace) =>
    model.items.filter((item) => item.cubeId === cubeId && item.face === face && !item.processId)
  const steps = (processId: string) => model.items.filter((item) => item.processId === processId)
  const item = (entry: FaceItem, cubeId: string) =>
    renderEntry(`${itemKindNames[entry.kind]}: ${entry.text || '(empty)'}`, {
      shapeId: cubeId,
      itemId: entry.id,
    })
  const offerings = new Map(model.offerings.map((offering) => [offering.id, offering]))
  return (
    <>
      <ul className="model-outline">
        {model.departments.map((department) => (
          <li key={department.id}>
            <h3>{department.name || 'No department'}</h3>
            <ul>
              {model.cubes
                .filter((cube) => cube.departmentId === department.id)
                .map((cube) => (
                  <li key={cube.id}>
                    <h4>{renderEntry(cube.title || 'Untitled cube', { shapeId: cube.id })}</h4>
                    <ul>
                      {(Object.keys(faceNames) as CubeFace[]).map((face) => (
                        <li key={face}>
                          <span className="model-face">{faceNames[face]}</span>
                          {items(cube.id, face).length === 0 ? (
                            <span className="muted"> (empty)</span>
                          ) : (
                            <ul>
                              {items(cube.id, face).map((entry) => (
                                <li key={entry.id}>
                                  {item(entry, cube.id)}
                                  {entry.terms ? (
                                    <span className="muted"> · {entry.terms}</span>
                                  ) : null}
                                  {entry.kind === 'process' && steps(entry.id).length > 0 ? (
                                    <ol>
                                      {steps(entry.id).map((step) => (
                                        <li key={step.id}>{item(step, cube.id)}</li>
                                      ))}
                                    </ol>
                                  ) : null}
                                </li>
                              ))}
                            </ul>
                          )}
                        </li>
                      ))}
                    </ul>
                  </li>
                ))}
            </ul>
          </li>
        ))}
      </ul>
      {model.personas.length > 0 ? (
        <ul className="model-outline">
          {model.personas.map((persona) => (
            <li key={persona.id}>
              <h3>
                {renderEntry(`Persona: ${persona.name || 'unnamed'}`, { shapeId: persona.id })}
              </h3>
              <ul>
                {model.needs
                  .filter((need) => need.personaId === persona.id)
                  .map((need) => {
                    const by = model.fulfilments
                      .filter((fulfilment) => fulfilment.needId === need.id)
                      .map(
                        (fulfilment) => offerings.get(fulfilment.offeringId)?.text || '(unnamed)',
                      )
                    return (
                      <li key={need.id}>
                        {renderEntry(
                          `${need.stated ? 'Stated' : 'Unstated'} need: ${need.text || '(empty)'}`,
                          {
                            shapeId: persona.id,
                            itemId: need.id,
                          },
                        )}{' '}
                        <span className="muted">
                          {by.length > 0 ? `→ fulfilled by ${by.join(', ')}` : '→ unmet'}
                        </span>
                      </li>
                    )
                  })}
              </ul>
            </li>
          ))}
        </ul>
      ) : null}
    </>
  )
}
