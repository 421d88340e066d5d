// What changed on a board since you last left it, shown over the canvas.
'use client'

import { use, useId, useState, type KeyboardEvent } from 'react'
import type { Editor } from 'tldraw'
import type { ModelChange, ModelChangeKind, Revisit } from '@/lib/model'
import { focusOnBoard } from './use-live-model'

const groups: Record<ModelChangeKind, string> = {
  added: 'Added',
  removed: 'Removed',
  changed: 'Changed',
}

/**
 * What changed on the board since the reader last left it, once the server has worked it
 * out (it suspends until then); nothing when nothing changed.
 */
export function RevisitPanel(props: { editor: Editor; revisit: Promise<Revisit | null> }) {
  const revisit = use(props.revisit)
  return revisit ? <RevisitChanges editor={props.editor} revisit={revisit} /> : null
}

/**
 * What changed, over the canvas until the reader closes it; each change still on the board
 * is a button that selects and shows it.
 */
function RevisitChanges({ editor, revisit }: { editor: Editor; revisit: Revisit }) {
  const headingId = useId()
  const [open, setOpen] = useState(true)
  // Changes whose target someone removed since the page was made.
  const [gone, setGone] = useState<ReadonlySet<ModelChange>>(new Set())
  if (!open) return null

  const { changes } = revisit
  const since = new Date(revisit.since).toLocaleString(undefined, {
    dateStyle: 'medium',
    timeStyle: 'short',
  })
  const show = (change: ModelChange) => {
    if (change.targetId && !focusOnBoard(editor, change.targetId)) {
      setGone(new Set(gone).add(change))
    }
  }
  const closeOnEscape = (event: KeyboardEvent) => {
    if (event.key !== 'Escape') return
    // Escape also means "deselect" to the canvas; here it only closes the panel.
    event.stopPropagation()
    setOpen(false)
  }

  return (
    <section className="revisit-panel" aria-labelledby={headingId} onKeyDown={closeOnEscape}>
      <header>
        <h2 id={headingId}>
          Since your last visit on {since}: {changes.length}{' '}
          {changes.length === 1 ? 'change' : 'changes'}
        </h2>
        <button type="button" onClick={() => setOpen(false)}>
          Close
        </button>
      </header>
      <div className="revisit-panel-body">
        {(Object.keys(groups) as ModelChangeKind[]).map((kind) => {
          const ofKind = changes.filter((change) => change.kind === kind)
          if (ofKind.length === 0) return null
          return (
            <div key={kind} className={`revisit-group revisit-${kind}`}>
              <h3>{groups[kind]}</h3>
              <ul>
                {ofKind.map((change, index) => (
                  <li key={index}>
                    {change.targetId && !gone.has(change) ? (
                      <button type="button" className="link-button" onClick={() => show(change)}>
                        {change.text}
                      </button>
                    ) : (
                      <span>
                        {change.text}
                        {gone.has(change) ? (
                          <span className="muted"> (no longer on the board)</span>
                        ) : null}
                      </span>
                    )}
                  </li>
                ))}
              </ul>
            </div>
          )
        })}
      </div>
    </section>
  )
}
