// The link dialog: "this service serves that step", by keyboard or pointer.
'use client'

import { useEffect, useRef, useState, type FormEvent } from 'react'
import { useValue, type Editor, type TLShapeId } from 'tldraw'
import { cubeItemTypeName, cubeShapeType } from '@/lib/model'
import { canLink, linkServiceUndoably, type TLCubeItem, type TLCubeItemId } from '@/lib/shapes'

interface Choice {
  id: TLCubeItemId
  label: string
  cubeId: TLShapeId
}

/** Every item of one kind, named with its cube (and process), in board order. */
function choicesOf(editor: Editor, kind: 'service' | 'process-step'): Choice[] {
  const items = editor.store.query.records(cubeItemTypeName).get() as TLCubeItem[]
  const title = (id: TLShapeId) => {
    const cube = editor.getShape(id)
    return (cube?.type === cubeShapeType && cube.props.title) || 'Untitled cube'
  }
  return items
    .filter((item) => item.kind === kind)
    .map((item) => {
      const process = item.processId
        ? (editor.store.get(item.processId) as TLCubeItem | undefined)
        : null
      const where = process
        ? `${title(item.cubeId)} › ${process.text || 'process'}`
        : title(item.cubeId)
      return { id: item.id, cubeId: item.cubeId, label: `${item.text || '(unnamed)'} — ${where}` }
    })
    .sort((a, b) => a.label.localeCompare(b.label))
}

/**
 * The link tool: "this service serves that step". Only a service can be picked on one side
 * and a process step on the other; steps the rules refuse for the chosen service stay in
 * the list, disabled, with the reason beside them.
 */
export function LinkServicesDialog({ editor, onClose }: { editor: Editor; onClose(): void }) {
  const dialog = useRef<HTMLDialogElement>(null)
  const services = useValue('services', () => choicesOf(editor, 'service'), [editor])
  const steps = useValue('steps', () => choicesOf(editor, 'process-step'), [editor])
  const [serviceId, setServiceId] = useState<TLCubeItemId | ''>(() =>
    preselectedService(editor, services),
  )
  const [stepId, setStepId] = useState<TLCubeItemId | ''>('')
  const [label, setLabel] = useState('')
  const [refusal, setRefusal] = useState<string | null>(null)

  useEffect(() => {
    const element = dialog.current
    element?.showModal()
    return () => element?.close()
  }, [])

  const verdictFor = (step: TLCubeItemId) =>
    serviceId ? canLink(editor.store, serviceId, step) : ({ allowed: true } as const)

  const submit = (event: FormEvent) => {
    event.preventDefault()
    if (!serviceId || !stepId) return setRefusal('Pick a service and the process step it serves.')
    const verdict = linkServiceUndoably(editor, serviceId, stepId, label.trim())
    if (!verdict.allowed) return setRefusal(verdict.reason)
    onClose()
  }

  return (
    <dialog
      ref={dialog}
      className="link-dialog"
      aria-labelledby="link-dialog-title"
      onClose={onClose}
    >
      <form onSubmit={submit}>
        <h2 id="link-dialog-title">Link a service to the step it serves</h2>
        {services.length === 0 || steps.length === 0 ? (
          <p className="muted">
            A link needs a Front Stage service on one cube and a Back Stage process step on another.
            Add them first.
          </p>
        ) : null}
        <label>
          Service (Front Stage)
          <select
            value={serviceId}
            onChange={(event) => {
              setServiceId(event.target.value as TLCubeItemId)
              setRefusal(null)
            }}
          >
            <option value="">Choose a service…</option>
            {services.map((service) => (
              <option key={service.id} value={service.id}>
                {service.label}
              </option>
            ))}
          </select>
        </label>
        <label>
          serves the step (Back Stage)
          <select
            value={stepId}
            onChange={(event) => {
              setStepId(event.target.value as TLCubeItemId)
              setRefusal(null)
            }}
          >
            <option value="">Choose a step…</option>
            {steps.map((step) => {
              const verdict = verdictFor(step.id)
              return (
                <option key={step.id} value={step.id} disabled={!verdict.allowed}>
                  {step.label}
                  {verdict.allowed ? '' : ` — ${verdict.reason}`}
                </option>
              )
            })}
          </select>
        </label>
        <label>
          Words on the link (optional)
          <input value={label} maxLength={200} onChange={(event) => setLabel(event.target.value)} />
        </label>
        {refusal ? (
          <p className="form-error" role="alert">
            {refusal}
          </p>
        ) : null}
        <div className="link-dialog-actions">
          <button type="button" onClick={onClose}>
            Cancel
          </button>
          <button type="submit">Link</button>
        </div>
      </form>
    </dialog>
  )
}

/** A service of the selected cube, if one is selected: the usual place to start from. */
function preselectedService(editor: Editor, services: Choice[]): TLCubeItemId | '' {
  const selected = new Set(editor.getSelectedShapeIds())
  return services.find((service) => selected.has(service.cubeId))?.id ?? ''
}
