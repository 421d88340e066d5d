// The experience maps and principles matrices read back: who each stage involves, where it hurts, what nothing supports behind it, and who carries each principle.
import { quoted, type BoardModel } from '@/lib/model'
import { journeyAnalysis } from '@/lib/model/journey/analysis'
import { principlesAnalysis } from '@/lib/model/principles/analysis'

/**
 * The journeys' and principles' part of the model as tables: per stage, the departments
 * responsible for its touchpoints and its pain points, flagged where no back-stage
 * capability supports it; the touchpoints that point at nothing in the network; per
 * principle, the units responsible and contributing, flagged where none is responsible.
 */
export function JourneysAndPrinciples({ model }: { model: BoardModel }) {
  if (model.journeys.length === 0 && model.principles.length === 0) {
    return <p className="muted">No experience map or principles matrix on this board yet.</p>
  }
  const departments = new Map(model.departments.map((d) => [d.id, d.name]))
  const touchpoints = new Map(model.journeys.flatMap((j) => j.touchpoints.map((t) => [t.id, t])))
  const { journey } = journeyAnalysis(model)
  const { principles } = principlesAnalysis(model)
  const withoutBackStage = new Set(journey.stagesWithoutBackStage)
  const units = (ids: string[]) => ids.map((id) => departments.get(id) ?? id).join(', ') || '—'
  return (
    <div className="journeys-and-principles">
      {model.journeys.length ? (
        <section aria-label="Experience maps">
          <h3>Experience maps</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Stage</th>
                  <th scope="col">Departments involved</th>
                  <th scope="col">Pain points</th>
                </tr>
              </thead>
              <tbody>
                {journey.stages.map((stage) => (
                  <tr key={stage.stageId} data-gap={withoutBackStage.has(stage.stageId)}>
                    <th scope="row">
                      {stage.phase} › {stage.name || 'Unnamed stage'}
                      {withoutBackStage.has(stage.stageId) ? (
                        <span className="gap-flag"> ⚠ no back-stage capability</span>
                      ) : null}
                    </th>
                    <td>{units(stage.departments)}</td>
                    <td>
                      {stage.painPoints
                        .map((id) => quoted(touchpoints.get(id)?.text ?? ''))
                        .join(', ') || '—'}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          <p>
            Touchpoints linked to nothing in the cube network: {journey.unlinkedTouchpoints.length}
            {journey.unlinkedTouchpoints.length
              ? ` (${journey.unlinkedTouchpoints.map((id) => quoted(touchpoints.get(id)?.text ?? '')).join(', ')})`
              : ''}
          </p>
        </section>
      ) : null}
      {model.principles.length ? (
        <section aria-label="Principles">
          <h3>Principles</h3>
          <div className="table-scroll">
            <table>
              <thead>
                <tr>
                  <th scope="col">Principle</th>
                  <th scope="col">Responsible</th>
                  <th scope="col">Contributes</th>
                </tr>
              </thead>
              <tbody>
                {principles.principles.map((principle) => (
                  <tr
                    key={`${principle.matrixId} ${principle.rowId}`}
                    data-gap={principle.responsible.length === 0}
                  >
                    <th scope="row">
                      {principle.name || 'Unnamed principle'}
                      {principle.responsible.length === 0 ? (
                        <span className="gap-flag"> ⚠ no unit responsible</span>
                      ) : null}
                    </th>
                    <td>{units(principle.responsible)}</td>
                    <td>{units(principle.contributes)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  )
}
