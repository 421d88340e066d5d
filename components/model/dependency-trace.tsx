// Who a cube relies on and who relies on it, each with its path.
import type { CubeDependencies, DependencyStep } from '@/lib/model'
import { cycleText } from '@/lib/model'

/**
 * Who a cube relies on and who relies on it, each with the path that gets there, named as
 * `titles` names cubes. Takes the answer, not the model, so the model page can work it out
 * in the browser from its small trace network.
 */
export function DependencyTrace({
  dependencies,
  titles,
}: {
  dependencies: CubeDependencies
  titles: ReadonlyMap<string, string>
}) {
  const { cubeId } = dependencies
  const path = (step: DependencyStep) => step.path.map((id) => titles.get(id)).join(' → ')
  const list = (steps: DependencyStep[], none: string) =>
    steps.length === 0 ? (
      <p className="muted">{none}</p>
    ) : (
      <ol className="dependency-list">
        {steps.map((step) => (
          <li key={step.cubeId}>
            <strong>{titles.get(step.cubeId)}</strong>{' '}
            <span className="muted">
              ({step.depth === 1 ? 'direct' : `${step.depth} steps`}: {path(step)})
            </span>
          </li>
        ))}
      </ol>
    )
  return (
    <div className="dependency-trace">
      <h3>{titles.get(cubeId)} relies on</h3>
      {list(
        dependencies.upstream,
        'No other cube: none of its process steps is linked to a service.',
      )}
      <h3>Relies on {titles.get(cubeId)}</h3>
      {list(dependencies.downstream, 'No other cube uses its services.')}
      {dependencies.cycles.length > 0 ? (
        <>
          <h3>Cycles</h3>
          <ul>
            {dependencies.cycles.map((cycle) => (
              <li key={cycle.join()}>{cycleText(cycle, titles)}</li>
            ))}
          </ul>
        </>
      ) : null}
    </div>
  )
}
