// What each department provides to the others and relies on from them, by service link.
import type { BoardModel, DepartmentExchange } from '@/lib/model'
import { counted, cubeTitles, departmentRelations } from '@/lib/model'

/**
 * Per department, whom its services serve and whose services its steps rely on, grouped by
 * the other department: the silo picture a workshop comes to see, in words a screen reader
 * reads as well as a sighted person.
 */
export function DepartmentRelations({ model }: { model: BoardModel }) {
  const titles = cubeTitles(model)
  const names = new Map(model.departments.map((d) => [d.id, d.name || 'No department']))
  const relations = departmentRelations(model).filter(
    (department) => department.provides.length + department.reliesOn.length > 0,
  )
  if (relations.length === 0) {
    return <p className="muted">No service links between cubes yet.</p>
  }
  const exchanges = (list: DepartmentExchange[], towards: 'to' | 'from') => {
    const byDepartment = new Map<string, DepartmentExchange[]>()
    for (const exchange of list) {
      byDepartment.set(exchange.otherDepartmentId, [
        ...(byDepartment.get(exchange.otherDepartmentId) ?? []),
        exchange,
      ])
    }
    return (
      <ul>
        {[...byDepartment].map(([other, links]) => (
          <li key={other}>
            {towards} <strong>{names.get(other)}</strong>: {counted(links.length, 'link')}{' '}
            <span className="muted">
              (
              {links
                .map(
                  (link) =>
                    `${link.service.text || 'service'} (${titles.get(link.providerCubeId)}) → ${link.step.text || 'step'} (${titles.get(link.consumerCubeId)})`,
                )
                .join('; ')}
              )
            </span>
          </li>
        ))}
      </ul>
    )
  }
  return (
    <div className="department-relations">
      {relations.map((department) => (
        <section key={department.departmentId} aria-label={names.get(department.departmentId)}>
          <h3>{names.get(department.departmentId)}</h3>
          {department.provides.length > 0 ? (
            <>
              <p>Provides</p>
              {exchanges(department.provides, 'to')}
            </>
          ) : null}
          {department.reliesOn.length > 0 ? (
            <>
              <p>Relies on</p>
              {exchanges(department.reliesOn, 'from')}
            </>
          ) : null}
        </section>
      ))}
    </div>
  )
}
