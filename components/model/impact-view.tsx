// "If this fails, who feels it?": the impact of a service, process, step or cube across the board's kinds.
import type { BoardModel, Impact, ImpactChoice } from '@/lib/model'
import { cubeTitles, impactChoices, impactNames, impactOf } from '@/lib/model'

/**
 * The "if this fails" choice: each cube whole, and its services, processes and steps. `name`
 * makes it a form field (the model page's form works without JavaScript too).
 */
export function ImpactPicker({
  choices,
  failing,
  onPick,
  id,
  name,
}: {
  choices: readonly ImpactChoice[]
  failing: string | null
  onPick?: (id: string) => void
  id?: string
  name?: string
}) {
  const picked = failing ?? ''
  return (
    <select
      id={id}
      name={name}
      {...(onPick
        ? { value: picked, onChange: (event) => onPick(event.target.value) }
        : { defaultValue: picked })}
    >
      <option value="" disabled>
        Pick a cube, service, process or step
      </option>
      {choices.map((cube) => (
        <optgroup key={cube.cubeId} label={cube.title}>
          <option value={cube.cubeId}>The whole cube {cube.title}</option>
          {cube.items.map((item) => (
            <option key={item.id} value={item.id}>
              {item.label}
            </option>
          ))}
        </optgroup>
      ))}
    </select>
  )
}

/**
 * What fails with it: the consumer cubes downstream (with the way there), the customer
 * offerings, journey touchpoints and stages that rely on them, the needs those offerings met
 * and the personas who lose coverage. `titles` names cubes, `names` everything else (see
 * `impactNames`). `show` (on the live board) selects all of it on the canvas.
 */
export function ImpactAnswer({
  impact,
  titles,
  names,
  show,
}: {
  impact: Impact
  titles: ReadonlyMap<string, string>
  names: Readonly<Record<string, string>>
  show?: (ids: string[]) => void
}) {
  const nameOf = (id: string) => names[id] ?? titles.get(id) ?? id
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
            <li key={id}>{nameOf(id)}</li>
          ))}
        </ul>
      )}
    </section>
  )
  return (
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
      {list('Journey touchpoints', impact.touchpoints, 'No touchpoint of a journey relies on it.')}
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
                {nameOf(persona.personaId)}: {persona.before.met} of {persona.before.total} needs
                met, {persona.after.met} after
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
  )
}

/** The Model panel's impact tab: pick what fails and read what fails with it, live. */
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
  const impact = failing ? impactOf(model, failing) : null
  return (
    <div className="impact-view gaps-list">
      <label>
        If this fails{' '}
        <ImpactPicker choices={impactChoices(model)} failing={failing} onPick={onPick} />
      </label>
      {impact ? (
        <ImpactAnswer
          impact={impact}
          titles={cubeTitles(model)}
          names={impactNames(model)}
          show={show}
        />
      ) : null}
    </div>
  )
}
