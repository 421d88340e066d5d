// The model page: the board read back as its shared model, with its exports.
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { currentModelOf } from '@/lib/boards/model-use-cases'
import { boardKind } from '@/lib/kinds'
import {
  counted,
  exportFilesOf,
  impactChoices,
  impactNames,
  impactOf as impactOfTarget,
  traceNetworkOf,
} from '@/lib/model'
import { networkDrawing } from '@/lib/shapes/cube/network-drawing'
import { boardPageAccess } from '@/lib/pages/page-access'
import { CoverageMatrix } from '@/components/model/coverage-matrix'
import { DepartmentRelations } from '@/components/model/department-relations'
import { GapsList } from '@/components/model/gaps-list'
import { JourneysAndPrinciples } from '@/components/model/journeys-and-principles'
import { ModelOutline } from '@/components/model/model-outline'
import { NetworkExplorer } from '@/components/model/network-explorer'

export const dynamic = 'force-dynamic'

export const metadata = { title: 'Model · Cubeboard' }

/**
 * The board read back as its shared model: outline, network, dependencies, impact, gaps,
 * exports. `?cube=` picks the traced cube and `?impactOf=` what fails, so links and the
 * forms without JavaScript open the same view the page shows after choosing in place.
 */
export default async function ModelPage({ params, searchParams }: PageProps<'/b/[boardId]/model'>) {
  const { boardId } = await params
  const { cube, impactOf: failing } = await searchParams
  const grant = await boardPageAccess(boardId, `/b/${boardId}/model`)
  const { board } = grant.access
  const current = await currentModelOf(grant)
  if (!current) notFound()
  const { model } = current
  const traced = model.cubes.find((c) => c.id === cube) ?? model.cubes[0]
  const impactOf = typeof failing === 'string' ? failing : null
  const impact = impactOf ? impactOfTarget(model, impactOf) : null
  const boardHref = `/b/${board.id}`
  return (
    <main className="model-page">
      <nav className="model-nav">
        <Link href="/">← Boards</Link> · <Link href={boardHref}>Open the board</Link>
      </nav>
      <h1>Model of {board.title}</h1>
      <p className="muted">
        As saved at{' '}
        <time dateTime={current.derivedAt.toISOString()}>
          {current.derivedAt.toISOString().slice(0, 19).replace('T', ' ')} UTC
        </time>
        :{' '}
        {[
          counted(model.departments.length, 'department'),
          counted(model.cubes.length, 'cube'),
          counted(model.items.length, 'item'),
          counted(model.serviceLinks.length, 'service link'),
          counted(model.personas.length, 'persona'),
          counted(model.needs.length, 'need'),
        ].join(', ')}
        .
      </p>

      <section aria-labelledby="exports">
        <h2 id="exports">Export</h2>
        <ul className="export-list">
          {exportFilesOf(boardKind(board.kind).sections).map((file) => (
            <li key={file}>
              <a href={`/api/boards/${board.id}/model/${file}`} download>
                {file}
              </a>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="outline">
        <h2 id="outline">Outline</h2>
        <ModelOutline
          model={model}
          renderEntry={(label, target) => (
            <Link
              href={`${boardHref}?focus=${encodeURIComponent(target.itemId ?? target.shapeId)}`}
            >
              {label}
            </Link>
          )}
        />
      </section>

      <NetworkExplorer
        boardId={board.id}
        drawing={networkDrawing(model)}
        network={traceNetworkOf(model)}
        choices={impactChoices(model)}
        names={impactNames(model)}
        tracedId={traced?.id ?? null}
        failing={impact ? impactOf : null}
        impact={impact}
      />

      <section aria-labelledby="departments">
        <h2 id="departments">Departments</h2>
        <DepartmentRelations model={model} />
      </section>

      <section aria-labelledby="journeys">
        <h2 id="journeys">Journeys and principles</h2>
        <JourneysAndPrinciples model={model} />
      </section>

      <section aria-labelledby="coverage">
        <h2 id="coverage">Coverage</h2>
        <CoverageMatrix model={model} />
      </section>

      <section aria-labelledby="gaps">
        <h2 id="gaps">Gaps</h2>
        <GapsList model={model} />
      </section>
    </main>
  )
}
