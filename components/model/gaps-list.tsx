// What the board does not say yet, as questions for the room.
import type { BoardModel, FaceItem } from '@/lib/model'
import { boardGaps, cubeTitles, cycleText, dependencyCycles, faceNames } from '@/lib/model'

/** What the board does not say yet, as questions for the room. */
export function GapsList({ model }: { model: BoardModel }) {
  const gaps = boardGaps(model)
  const titles = cubeTitles(model)
  const cycles = dependencyCycles(model)
  const personaNames = new Map(model.personas.map((p) => [p.id, p.name || 'unnamed persona']))
  const itemList = (items: FaceItem[]) => (
    <ul>
      {items.map((item) => (
        <li key={item.id}>
          {item.text || '(empty)'} <span className="muted">({titles.get(item.cubeId)})</span>
        </li>
      ))}
    </ul>
  )
  const sections = [
    {
      title: 'Services no other cube consumes',
      count: gaps.unconsumedServices.length,
      body: itemList(gaps.unconsumedServices),
    },
    {
      title: 'Process steps with no provider (in-house, or a gap)',
      count: gaps.unprovidedSteps.length,
      body: itemList(gaps.unprovidedSteps),
    },
    {
      title: 'Cubes with an empty face',
      count: gaps.cubesWithEmptyFaces.length,
      body: (
        <ul>
          {gaps.cubesWithEmptyFaces.map((cube) => (
            <li key={cube.cubeId}>
              {titles.get(cube.cubeId)}:{' '}
              <span className="muted">{cube.faces.map((face) => faceNames[face]).join(', ')}</span>
            </li>
          ))}
        </ul>
      ),
    },
    {
      title: 'Personas without needs',
      count: gaps.personasWithoutNeeds.length,
      body: (
        <ul>
          {gaps.personasWithoutNeeds.map((persona) => (
            <li key={persona.id}>{persona.name || 'Unnamed persona'}</li>
          ))}
        </ul>
      ),
    },
    {
      title: 'Unmet needs',
      count: gaps.unmetNeeds.length,
      body: (
        <ul>
          {gaps.unmetNeeds.map((need) => (
            <li key={need.id}>
              {need.text || '(empty)'}{' '}
              <span className="muted">
                ({need.stated ? 'stated' : 'unstated'}, {personaNames.get(need.personaId)})
              </span>
            </li>
          ))}
        </ul>
      ),
    },
    {
      title: 'Offerings that fulfil no need',
      count: gaps.idleOfferings.length,
      body: (
        <ul>
          {gaps.idleOfferings.map((offering) => (
            <li key={offering.id}>
              {offering.text || '(unnamed)'} <span className="muted">({offering.kind})</span>
            </li>
          ))}
        </ul>
      ),
    },
    {
      title: 'Dependency cycles',
      count: cycles.length,
      body: (
        <ul>
          {cycles.map((cycle) => (
            <li key={cycle.join()}>{cycleText(cycle, titles)}</li>
          ))}
        </ul>
      ),
    },
  ]
  return (
    <div className="gaps-list">
      {sections.map((section) => (
        <section key={section.title} aria-label={section.title}>
          <h3>
            {section.title} <span className="count">{section.count}</span>
          </h3>
          {section.count > 0 ? section.body : <p className="muted">None.</p>}
        </section>
      ))}
    </div>
  )
}
