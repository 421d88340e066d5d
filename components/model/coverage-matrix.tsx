// Each persona's needs against the offerings that can fulfil them.
import { formatPercent, modelCoverage, type BoardModel, type NeedCount } from '@/lib/model'

const count = (label: string, figures: NeedCount) =>
  `${label} ${formatPercent(figures)} (${figures.met} of ${figures.total})`

/**
 * Per persona, its needs against the products and services that can fulfil them: the
 * value zone as a table, with the same coverage figures the persona's card shows.
 */
export function CoverageMatrix({ model }: { model: BoardModel }) {
  if (model.personas.length === 0) return <p className="muted">No personas on this board yet.</p>
  const coverage = modelCoverage(model)
  const offerings = model.offerings.filter((o) => o.kind === 'product' || o.kind === 'service')
  const fulfils = new Set(model.fulfilments.map((f) => `${f.needId}|${f.offeringId}`))
  return (
    <div className="coverage-matrix">
      {model.personas.map((persona) => {
        const figures = coverage.byPersona.get(persona.id)!
        const needs = model.needs.filter((need) => need.personaId === persona.id)
        return (
          <section key={persona.id} aria-label={`Coverage of ${persona.name || 'unnamed persona'}`}>
            <h3>{persona.name || 'Unnamed persona'}</h3>
            <p className="coverage-figures">
              {[
                count('Stated', figures.stated),
                count('Unstated', figures.unstated),
                count('Overall', figures.overall),
              ].join(' · ')}
            </p>
            {needs.length === 0 || offerings.length === 0 ? (
              <p className="muted">
                {needs.length === 0
                  ? 'No needs written yet.'
                  : 'No products or services to fulfil them yet.'}
              </p>
            ) : (
              <div className="table-scroll">
                <table>
                  <caption className="visually-hidden">
                    Needs of {persona.name} against offerings; ✓ where an offering fulfils a need
                  </caption>
                  <thead>
                    <tr>
                      <th scope="col">Need</th>
                      {offerings.map((offering) => (
                        <th key={offering.id} scope="col">
                          {offering.text || '(unnamed)'}
                          {coverage.idleOfferingIds.has(offering.id) ? ' ⚑' : ''}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {needs.map((need) => (
                      <tr
                        key={need.id}
                        data-unmet={coverage.unmetNeedIds.has(need.id) || undefined}
                      >
                        <th scope="row">
                          {need.text || '(empty)'}{' '}
                          <span className="muted">({need.stated ? 'stated' : 'unstated'})</span>
                          {coverage.unmetNeedIds.has(need.id) ? ' ⚠ unmet' : ''}
                        </th>
                        {offerings.map((offering) => (
                          <td key={offering.id}>
                            {fulfils.has(`${need.id}|${offering.id}`) ? (
                              <span aria-label="fulfils">✓</span>
                            ) : (
                              <span aria-label="does not fulfil" className="muted">
                                ·
                              </span>
                            )}
                          </td>
                        ))}
                      </tr>
                    ))}
                  </tbody>
                </table>
              </div>
            )}
          </section>
        )
      })}
      <p className="muted">⚠ a need no offering fulfils · ⚑ an offering that fulfils no need</p>
    </div>
  )
}
