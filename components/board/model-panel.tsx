// The Model panel beside the canvas: outline, dependencies, departments, coverage, gaps, exports.
'use client'

import { useEffect, useRef, useState } from 'react'
import type { Editor, TLShapeId } from 'tldraw'
import { CoverageMatrix } from '@/components/model/coverage-matrix'
import { DepartmentRelations } from '@/components/model/department-relations'
import { DependencyTrace } from '@/components/model/dependency-trace'
import { GapsList } from '@/components/model/gaps-list'
import { ImpactView } from '@/components/model/impact-view'
import { JourneysAndPrinciples } from '@/components/model/journeys-and-principles'
import { ModelOutline } from '@/components/model/model-outline'
import { cubeTitles, dependenciesOf } from '@/lib/model'
import { downloadBoardImage, downloadHandout } from './board-exports'
import { highlightOnBoard } from './board-highlight'
import { focusOnBoard, useLiveModel } from './use-live-model'

const views = {
  outline: 'Outline',
  dependencies: 'Dependencies',
  departments: 'Departments',
  impact: 'Impact',
  journeys: 'Journeys and principles',
  coverage: 'Coverage',
  gaps: 'Gaps',
} as const
type View = keyof typeof views

/**
 * The board read as its model, beside the canvas: the outline is also the keyboard and
 * screen-reader way into the board (each entry selects and shows its shape).
 */
export function ModelPanel({
  editor,
  boardId,
  title,
  exportFiles,
}: {
  editor: Editor
  boardId: string
  title: string
  /** The files the board's kind offers (its model sections'). */
  exportFiles: readonly string[]
}) {
  const model = useLiveModel(editor)
  // Opening the panel takes keyboard users into it, at its first tab.
  const tabs = useRef<HTMLDivElement>(null)
  useEffect(() => tabs.current?.querySelector('button')?.focus(), [])
  const [view, setView] = useState<View>('outline')
  const [tracedId, setTracedId] = useState<string | null>(null)
  const [failing, setFailing] = useState<string | null>(null)
  const traced = model.cubes.find((cube) => cube.id === tracedId) ?? model.cubes[0]
  const titles = cubeTitles(model)
  // One undo step: the link that goes, with nothing else.
  const settle = (keep: string, remove: string) => {
    editor.markHistoryStoppingPoint('resolve conflicting providers')
    editor.deleteShapes([remove as TLShapeId])
    focusOnBoard(editor, keep)
  }
  return (
    <aside className="model-panel" aria-label="Board model">
      <div className="model-panel-tabs" role="group" aria-label="Show" ref={tabs}>
        {(Object.keys(views) as View[]).map((key) => (
          <button key={key} type="button" aria-pressed={view === key} onClick={() => setView(key)}>
            {views[key]}
          </button>
        ))}
      </div>
      <div className="model-panel-body">
        {view === 'outline' ? (
          <ModelOutline
            model={model}
            renderEntry={(label, target) => (
              <button
                type="button"
                className="link-button"
                onClick={() => focusOnBoard(editor, target.itemId ?? target.shapeId)}
              >
                {label}
              </button>
            )}
          />
        ) : null}
        {view === 'dependencies' ? (
          traced ? (
            <>
              <label>
                Trace the cube{' '}
                <select value={traced.id} onChange={(event) => setTracedId(event.target.value)}>
                  {model.cubes.map((cube) => (
                    <option key={cube.id} value={cube.id}>
                      {titles.get(cube.id)}
                    </option>
                  ))}
                </select>
              </label>
              <DependencyTrace dependencies={dependenciesOf(model, traced.id)} titles={titles} />
            </>
          ) : (
            <p className="muted">No cubes on this board yet.</p>
          )
        ) : null}
        {view === 'departments' ? <DepartmentRelations model={model} /> : null}
        {view === 'impact' ? (
          <ImpactView
            model={model}
            failing={failing}
            onPick={setFailing}
            show={(ids) => highlightOnBoard(editor, 'Impact', ids)}
          />
        ) : null}
        {view === 'journeys' ? <JourneysAndPrinciples model={model} /> : null}
        {view === 'coverage' ? <CoverageMatrix model={model} /> : null}
        {view === 'gaps' ? (
          <GapsList
            model={model}
            resolve={editor.getIsReadonly() ? undefined : (keep, remove) => settle(keep, remove)}
          />
        ) : null}
      </div>
      <footer className="model-panel-footer">
        <a href={`/b/${boardId}/model`}>Full model view</a>
        <span className="muted"> · Board: </span>
        <button
          type="button"
          className="link-button"
          onClick={() => downloadBoardImage(editor, 'png', title)}
        >
          PNG
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => downloadBoardImage(editor, 'svg', title)}
        >
          SVG
        </button>
        <button
          type="button"
          className="link-button"
          onClick={() => downloadHandout(editor, model, title)}
        >
          Handout (PDF)
        </button>
        <span className="muted"> · Export: </span>
        {exportFiles.map((file) => (
          <a key={file} href={`/api/boards/${boardId}/model/${file}`} download>
            {file}
          </a>
        ))}
      </footer>
    </aside>
  )
}
