// "If this fails, who feels it?": the impact of a service, process, step or cube across the board's kinds.
import type { BoardModel } from '@/lib/model'
import {
  cubeTitles,
  impactOf,
  itemLabel,
  needLabel,
  offeringLabel,
  stageLabel,
  stagesOf,
  touchpointLabel,
} from '@/lib/model'

const failingKinds = new Set(['service', 'process', 'process-step'])

/**
 * Pick what fails and read what fails with it: the consumer cubes downstream (with the way
 * there), the customer offerings, journey touchpoints and stages that rely on them, the
 * needs those offerings met and the personas who lose coverage. `show` (on the live board)
 * selects all of it on the canvas.
 */
export function ImpactView({
  model,
  failing,
  onPick,
  show,
}: {
  model: BoardModel
  failing: string | null
  onPick(id: string): void
  show?: (ids: string[]) => void
}) {
  const titles = cubeTitles(model)
  const impact = failing ? impactOf(model, failing) : null
  const names = new Map<string, string>([
    ...model.offerings.map((o): [string, string] => [o.id, offeringLabel(o)]),
    ...model.needs.map((n): [string, string] => [n.id, needLabel(n)]),
    ...model.journeys.flatMap((j) =>
      j.touchpoints.map((t): [string, string] => [t.id, touchpointLabel(t)]),
    ),
    ...model.journeys.flatMap((j) =>
      stagesOf(j).map((s): [string, string] => [s.id, stageLabel(s)]),
    ),
  ])
  const personaNames = new Map(model.personas.map((p) => [p.id, p.name || 'Unnamed persona']))
  const list = (title: string, ids: string[], none: string) => (
    <section aria-label={title}>
      <h3>
        {title} <span className="count">{ids.length}</span>
      </h3>
      {ids.length === 0 ? (
        <p className="muted">{none}</p>
      ) : (
        <ul>
          {ids.map((id) => (
            <li key={id}>{names.get(id) ?? titles.get(id) ?? id}</li>
          ))}
        </ul>
      )}
    </section>
  )
  return (
    <div className="impact-view gaps-list">
      <label>
        If this fails{' '}
        <select value={failing ?? ''} onChange={(event) => onPick(event.target.value)}>
          <option value="" disabled>
            Pick a cube, service, process or step
          </option>
          {model.cubes.map((cube) => (
            <optgroup key={cube.id} label={titles.get(cube.id)}>
              <option value={cube.id}>The whole cube {titles.get(cube.id)}</option>
              {model.items
                .filter((item) => item.cubeId === cube.id && failingKinds.has(item.kind))
                .map((item) => (
                  <option key={item.id} value={item.id}>
                    {itemLabel(item)}
                  </option>
                ))}
            </optgroup>
          ))}
        </select>
      </label>
      {impact ? (
        <>
          <section aria-label="Cubes that fail with it">
            <h3>
              Cubes that fail with it <span className="count">{impact.cubes.length}</span>
            </h3>
            {impact.cubes.length === 0 ? (
              <p className="muted">None: no other cube relies on it.</p>
            ) : (
              <ol>
                {impact.cubes.map((reached) => (
                  <li key={reached.cubeId}>
                    <strong>{titles.get(reached.cubeId)}</strong>{' '}
                    <span className="muted">
                      ({reached.path.map((id) => titles.get(id)).join(' → ')})
                    </span>
                  </li>
                ))}
              </ol>
            )}
          </section>
          {list(
            'Customer offerings',
            impact.offerings,
            'No offering in a value zone is one of its services.',
          )}
          {list(
            'Journey touchpoints',
            impact.touchpoints,
            'No touchpoint of a journey relies on it.',
          )}
          {list('Journey stages', impact.stages, 'No stage of a journey relies on it.')}
          {list('Needs no longer met', impact.needs, 'No persona need depends on it.')}
          <section aria-label="Personas who lose coverage">
            <h3>
              Personas who lose coverage <span className="count">{impact.personas.length}</span>
            </h3>
            {impact.personas.length === 0 ? (
              <p className="muted">None.</p>
            ) : (
              <ul>
                {impact.personas.map((persona) => (
                  <li key={persona.personaId}>
                    {personaNames.get(persona.personaId)}: {persona.before.met} of{' '}
                    {persona.before.total} needs met, {persona.after.met} after
                  </li>
                ))}
              </ul>
            )}
          </section>
          {show ? (
            <button
              type="button"
              onClick={() =>
                show([
                  impact.target.id,
                  ...impact.cubes.map((reached) => reached.cubeId),
                  ...impact.offerings,
                  ...impact.touchpoints,
                  ...impact.needs,
                ])
              }
            >
              Show on the board
            </button>
          ) : null}
        </>
      ) : null}
    </div>
  )
}
