// The model page's network, dependency trace and impact question, answered in place without reloading the page.
'use client'

import { useMemo, useRef, useState, type ReactNode } from 'react'
import type { Impact, ImpactChoice, TraceNetwork } from '@/lib/model'
import { dependenciesOf, dependencyCycles, failedCubeIds, unpackTraceNetwork } from '@/lib/model'
import type { NetworkDrawing } from '@/lib/shapes/cube/network-drawing'
import { DependencyTrace } from './dependency-trace'
import { ImpactAnswer, ImpactPicker } from './impact-view'
import { NetworkPicture, type NetworkHighlight } from './network-picture'

type Answer =
  | { state: 'none' }
  | { state: 'asking'; failing: string }
  | { state: 'answered'; impact: Impact }
  | { state: 'failed'; message: string }

/**
 * The network picture, "Trace the cube" and "Impact: if this fails". Choosing a cube to trace
 * works the trace out here, from the small {@link TraceNetwork} the page sends once; choosing
 * what fails asks the board's analysis (`GET …/model/analysis?impactOf=`, the Model panel's
 * `impactOf`). Either way the picture marks the answer and the address keeps `?cube=` and
 * `?impactOf=`, so a link opens the same view; without JavaScript the forms reload the page
 * with those, and the server draws the same.
 */
export function NetworkExplorer({
  boardId,
  drawing,
  network,
  choices,
  names,
  tracedId,
  failing: initialFailing,
  impact: initialImpact,
}: {
  boardId: string
  drawing: NetworkDrawing
  network: TraceNetwork
  choices: ImpactChoice[]
  /** How the impact answer names offerings, needs, touchpoints, stages and personas. */
  names: Record<string, string>
  tracedId: string | null
  failing: string | null
  /** The answer for `failing`, worked out by the server for the first view. */
  impact: Impact | null
}) {
  const cubes = useMemo(() => unpackTraceNetwork(network), [network])
  // Cycles are a search over the whole network: once, not at every trace.
  const cycles = useMemo(() => dependencyCycles(cubes), [cubes])
  const [traced, setTraced] = useState(tracedId)
  const [failing, setFailing] = useState(initialFailing)
  const [answer, setAnswer] = useState<Answer>(
    initialImpact ? { state: 'answered', impact: initialImpact } : { state: 'none' },
  )
  const [shown, setShown] = useState<NetworkHighlight['as']>(initialImpact ? 'affected' : 'traced')
  const asked = useRef(initialFailing)
  const dependencies = traced ? dependenciesOf(cubes, traced, cycles) : null
  const labels = useMemo(() => choiceLabels(choices), [choices])

  const highlight: NetworkHighlight | undefined =
    shown === 'affected' && answer.state === 'answered'
      ? {
          cubeIds: failedCubeIds(answer.impact),
          as: 'affected',
          note: `what fails with ${labels.get(answer.impact.target.id) ?? 'it'} is bold and red`,
        }
      : dependencies
        ? {
            cubeIds: new Set([
              dependencies.cubeId,
              ...dependencies.upstream.map((step) => step.cubeId),
              ...dependencies.downstream.map((step) => step.cubeId),
            ]),
            as: 'traced',
            note: 'the traced cube and its dependencies are bold',
          }
        : undefined

  const trace = (cubeId: string) => {
    setTraced(cubeId)
    setShown('traced')
    keepInAddress('cube', cubeId)
  }
  const ask = async (id: string) => {
    setFailing(id)
    setShown('affected')
    keepInAddress('impactOf', id)
    asked.current = id
    setAnswer({ state: 'asking', failing: id })
    const cubeId = choices.find((c) => c.cubeId === id || c.items.some((i) => i.id === id))?.cubeId
    const query = new URLSearchParams({ impactOf: id, ...(cubeId ? { cube: cubeId } : {}) })
    const result = await impactAnswer(`/api/boards/${boardId}/model/analysis?${query}`)
    // A later choice wins over an answer that comes back late.
    if (asked.current === id) setAnswer(result)
  }

  return (
    <>
      <section aria-labelledby="network">
        <h2 id="network">Network</h2>
        <NetworkPicture drawing={drawing} highlight={highlight} />
      </section>

      <section aria-labelledby="dependencies">
        <h2 id="dependencies">Dependencies</h2>
        {traced && dependencies ? (
          <>
            <QuestionForm
              label="Trace the cube"
              fieldId="trace-cube"
              submit="Trace"
              keep={failing ? { name: 'impactOf', value: failing } : null}
            >
              <select
                id="trace-cube"
                name="cube"
                value={traced}
                onChange={(event) => trace(event.target.value)}
              >
                {network.cubeIds.map((id, at) => (
                  <option key={id} value={id}>
                    {network.titles[at]}
                  </option>
                ))}
              </select>
            </QuestionForm>
            <DependencyTrace dependencies={dependencies} titles={cubes.titles} />
          </>
        ) : (
          <p className="muted">No cubes on this board yet.</p>
        )}
      </section>

      <section aria-labelledby="impact">
        <h2 id="impact">Impact: if this fails</h2>
        {choices.length > 0 ? (
          <QuestionForm
            label="If this fails"
            fieldId="impact-of"
            submit="Show the impact"
            keep={traced ? { name: 'cube', value: traced } : null}
          >
            <ImpactPicker
              id="impact-of"
              name="impactOf"
              choices={choices}
              failing={failing}
              onPick={(id) => void ask(id)}
            />
          </QuestionForm>
        ) : (
          <p className="muted">No cubes on this board yet.</p>
        )}
        <div className="impact-view gaps-list" aria-live="polite">
          {answer.state === 'asking' ? <p className="muted">Working out the impact…</p> : null}
          {answer.state === 'failed' ? <p role="alert">{answer.message}</p> : null}
          {answer.state === 'answered' ? (
            <ImpactAnswer impact={answer.impact} titles={cubes.titles} names={names} />
          ) : null}
        </div>
      </section>
    </>
  )
}

/**
 * A question to the page as a GET form: without JavaScript it reloads the page with its
 * field and `keep` (the other question's answer, so it stays); with it, the field answers in
 * place on change and submitting does nothing more.
 */
function QuestionForm({
  label,
  fieldId,
  submit,
  keep,
  children,
}: {
  label: string
  fieldId: string
  submit: string
  keep: { name: string; value: string } | null
  children: ReactNode
}) {
  return (
    <form className="trace-form" method="get" onSubmit={(event) => event.preventDefault()}>
      <label htmlFor={fieldId}>{label}</label> {children}{' '}
      {keep ? <input type="hidden" name={keep.name} value={keep.value} /> : null}
      <button type="submit">{submit}</button>
    </form>
  )
}

/** Each choice's id with its name in a sentence: an item with its cube's title. */
function choiceLabels(choices: readonly ImpactChoice[]): Map<string, string> {
  return new Map(
    choices.flatMap((cube) => [
      [cube.cubeId, cube.title] as const,
      ...cube.items.map((item) => [item.id, `${item.label} of ${cube.title}`] as const),
    ]),
  )
}

/** `?name=value` in the address bar, without a navigation, so a copied link opens this view. */
function keepInAddress(name: string, value: string) {
  const url = new URL(window.location.href)
  url.searchParams.set(name, value)
  window.history.replaceState(null, '', url)
}

/** The analysis's impact answer, or what went wrong in words a participant can act on. */
async function impactAnswer(url: string): Promise<Answer> {
  try {
    const response = await fetch(url, { headers: { accept: 'application/json' } })
    const body = (await response.json()) as { impact?: Impact; error?: string }
    if (response.ok && body.impact) return { state: 'answered', impact: body.impact }
    return {
      state: 'failed',
      message: `The impact could not be worked out: ${body.error ?? `the server answered ${response.status}`}. Reload the page and try again.`,
    }
  } catch (error) {
    return {
      state: 'failed',
      message: `The impact could not be worked out: ${error instanceof Error ? error.message : String(error)}. Check the connection and try again.`,
    }
  }
}
