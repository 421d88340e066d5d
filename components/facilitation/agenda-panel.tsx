// The facilitator's agenda panel: steps bound to frames, with durations.
'use client'

import { useState } from 'react'
import { useValue, type Editor } from 'tldraw'
import type { AgendaStep } from '@/lib/facilitation/session-state'
import { goToStep } from '@/lib/facilitation/session-marks'
import type { SessionContextValue } from './use-session'

/** The facilitator's agenda: steps bound to frames, with durations; start one for everyone. */
export function AgendaPanel({ editor, context }: { editor: Editor; context: SessionContextValue }) {
  const { session, write } = context
  const [lockOthers, setLockOthers] = useState(true)
  const frames = useValue(
    'frames',
    () =>
      editor
        .getCurrentPageShapesSorted()
        .filter((shape) => shape.type === 'frame')
        .map((frame) => ({
          id: frame.id,
          name: (frame.props as { name?: string }).name || 'Frame',
        })),
    [editor],
  )
  const agenda = session.agenda
  const setAgenda = (steps: AgendaStep[]) => write({ agenda: steps })
  const change = (index: number, patch: Partial<AgendaStep>) =>
    setAgenda(agenda.map((step, at) => (at === index ? { ...step, ...patch } : step)))
  const move = (index: number, by: -1 | 1) => {
    const steps = [...agenda]
    const [step] = steps.splice(index, 1)
    steps.splice(index + by, 0, step!)
    setAgenda(steps)
  }
  return (
    <aside className="model-panel session-panel" aria-label="Agenda">
      <div className="model-panel-body">
        <h2>Agenda</h2>
        <label>
          <input
            type="checkbox"
            checked={lockOthers}
            onChange={(event) => setLockOthers(event.target.checked)}
          />{' '}
          Lock the other steps&apos; frames for participants while a step runs
        </label>
        <ol className="agenda-steps">
          {agenda.map((step, index) => (
            <li key={step.id} aria-current={session.step?.stepId === step.id ? 'step' : undefined}>
              <input
                aria-label={`Step ${index + 1} title`}
                value={step.title}
                maxLength={200}
                onChange={(event) => change(index, { title: event.target.value })}
              />
              <label>
                Frame{' '}
                <select
                  aria-label={`Step ${index + 1} frame`}
                  value={step.frameId ?? ''}
                  onChange={(event) => change(index, { frameId: event.target.value || null })}
                >
                  <option value="">Whole board</option>
                  {frames.map((frame) => (
                    <option key={frame.id} value={frame.id}>
                      {frame.name}
                    </option>
                  ))}
                </select>
              </label>
              <label>
                Minutes{' '}
                <input
                  aria-label={`Step ${index + 1} minutes`}
                  type="number"
                  min={0}
                  max={1440}
                  value={step.minutes ?? ''}
                  onChange={(event) =>
                    change(index, { minutes: Number(event.target.value) || null })
                  }
                />
              </label>
              <span className="agenda-step-actions">
                <button
                  type="button"
                  onClick={() => goToStep(editor, context, { stepId: step.id, lockOthers })}
                >
                  Start “{step.title}”
                </button>
                <button
                  type="button"
                  aria-label={`Move “${step.title}” up`}
                  disabled={index === 0}
                  onClick={() => move(index, -1)}
                >
                  ↑
                </button>
                <button
                  type="button"
                  aria-label={`Move “${step.title}” down`}
                  disabled={index === agenda.length - 1}
                  onClick={() => move(index, 1)}
                >
                  ↓
                </button>
                <button
                  type="button"
                  aria-label={`Remove “${step.title}”`}
                  onClick={() => setAgenda(agenda.filter((_, at) => at !== index))}
                >
                  ✕
                </button>
              </span>
            </li>
          ))}
        </ol>
        <button
          type="button"
          disabled={agenda.length >= 50}
          onClick={() =>
            setAgenda([
              ...agenda,
              {
                id: crypto.randomUUID(),
                title: `${agenda.length + 1} New step`,
                frameId: null,
                minutes: 10,
              },
            ])
          }
        >
          Add a step
        </button>
      </div>
    </aside>
  )
}
