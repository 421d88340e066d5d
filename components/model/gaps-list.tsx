// What the board does not say yet, as questions for the room.
import type { BoardModel, ConflictingLink, FaceItem } from '@/lib/model'
import {
  boardGaps,
  conflictText,
  cubeTitles,
  cycleText,
  dependencyCycles,
  faceNames,
} from '@/lib/model'

/** Settles a conflict in one change: keeps one link of a step and removes the other. */
export type ResolveConflict = (keep: string, remove: string) => void

/**
 * What the board does not say yet, as questions for the room. With `resolve` (on the live
 * board, for people who may edit), each conflicting provider can be settled in one click.
 */
export function GapsList({ model, resolve }: { model: BoardModel; resolve?: ResolveConflict }) {
  const gaps = boardGaps(model)
  const titles = cubeTitles(model)
  const items = new Map(model.items.map((item) => [item.id, item]))
  const links = new Map(model.serviceLinks.map((link) => [link.id, link]))
  const serviceOf = (link: { serviceId: string } | undefined) =>
    (link && items.get(link.serviceId)?.text) || 'a service'
  const conflictWords = (link: ConflictingLink) => {
    const kept = links.get(link.keptLinkId)
    return conflictText(
      items.get(link.stepId)?.text ?? '',
      serviceOf(kept),
      titles.get(kept?.providerCubeId ?? '') ?? 'Untitled cube',
    )
  }
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
      title: 'Conflicting providers',
      count: gaps.conflictingLinks.length,
      body: (
        <ul>
          {gaps.conflictingLinks.map((link) => (
            <li key={link.id}>
              {conflictWords(link)}; also drawn: {serviceOf(link)}{' '}
              <span className="muted">({titles.get(link.providerCubeId)})</span>
              {resolve ? (
                <span className="conflict-actions">
                  {' '}
                  <button type="button" onClick={() => resolve(link.keptLinkId, link.id)}>
                    Keep {serviceOf(links.get(link.keptLinkId))}
                  </button>{' '}
                  <button type="button" onClick={() => resolve(link.id, link.keptLinkId)}>
                    Use {serviceOf(link)} instead
                  </button>
                </span>
              ) : null}
            </li>
          ))}
        </ul>
      ),
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
