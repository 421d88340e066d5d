// Dot voting by clicking on the canvas: the things that take dots, the clicks, and the dots shown.
'use client'

import { useEffect, useMemo, useRef, useState } from 'react'
import { useEditor, useValue, type Editor, type TLShape, type TLShapeId } from 'tldraw'
import { dotsLeft } from '@/lib/facilitation/session-rules'
import {
  shapesWithWords,
  voteCandidates,
  type VoteCandidate,
} from '@/lib/facilitation/vote-candidates'
import { shapeTypesInModel } from '@/lib/shapes'
import {
  takeBackAttribute,
  useCanvasVote,
  VoteDots,
  voteTargetAttribute,
  type CanvasVote,
} from '@/lib/shapes/shared/vote-dots'
import { useLiveModel } from '@/components/board/use-live-model'
import type { SessionContextValue } from './use-session'

/**
 * Reports what the running vote can be about, kept current while mounted (the board mounts it
 * only while there is a vote): the vote panel lists these, and the canvas takes clicks on them.
 */
export function WatchVoteCandidates({
  editor,
  userId,
  onChange,
}: {
  editor: Editor
  userId: string
  onChange(candidates: VoteCandidate[]): void
}) {
  const model = useLiveModel(editor)
  useEffect(
    () => onChange(voteCandidates(model, shapesWithWords(editor), userId)),
    [editor, model, userId, onChange],
  )
  return null
}

/** How long a refused click's message stays. */
const noticeMs = 4000

/** The vote as the canvas shows it, and a short message when a click placed no dot. */
export interface CanvasVoting {
  canvasVote: CanvasVote | null
  /** Why the last click placed no dot ('' when it did). */
  notice: string
}

/**
 * Voting on the canvas. While a vote is open, a click (with the select tool) on a thing that
 * takes dots places one of mine on it, and a click on my dots beside it takes one back. The
 * clicks are caught before tldraw sees them (`markEventAsHandled`), so they neither select,
 * drag nor start editing; they go through the same ballot as the vote panel (in an anonymous
 * vote, through the server).
 */
export function useCanvasVoting(
  editor: Editor | null,
  context: SessionContextValue,
  candidates: readonly VoteCandidate[],
): CanvasVoting {
  const { session, me, ballot } = context
  const vote = session.vote
  const targets = useMemo(() => new Set(candidates.map((candidate) => candidate.id)), [candidates])
  const canvasVote = useMemo<CanvasVote | null>(() => {
    if (!vote) return null
    const mine = ballot.id === null ? undefined : session.ballots.get(ballot.id)
    const totals = new Map<string, number>()
    // Everyone's dots show only once the vote is closed, as the results do.
    if (vote.status === 'closed') {
      for (const other of session.ballots.values()) {
        if (other.voteId !== vote.id) continue
        for (const [id, dots] of Object.entries(other.dots)) {
          totals.set(id, (totals.get(id) ?? 0) + dots)
        }
      }
    }
    return {
      status: vote.status,
      votes: me.votes,
      targets,
      mine: new Map(mine?.voteId === vote.id ? Object.entries(mine.dots) : []),
      totals,
    }
  }, [vote, me.votes, targets, ballot.id, session.ballots])

  const [notice, setNotice] = useState('')
  useEffect(() => {
    if (!notice) return
    const timer = setTimeout(() => setNotice(''), noticeMs)
    return () => clearTimeout(timer)
  }, [notice])

  // The listener reads the latest vote and ballot without being added again on each change.
  const latest = useRef({ canvasVote, context })
  useEffect(() => {
    latest.current = { canvasVote, context }
  }, [canvasVote, context])

  useEffect(() => {
    if (!editor) return
    const container = editor.getContainer()
    let caught: EventTarget | null = null
    const onPointerDown = (event: PointerEvent) => {
      caught = null
      const { canvasVote: current, context: now } = latest.current
      if (event.button !== 0 || !current || current.status !== 'open' || !current.votes) return
      // Other tools draw; a shape being edited takes its own clicks.
      if (editor.getCurrentToolId() !== 'select' || editor.getEditingShapeId()) return
      const hit = clickedTarget(editor, event, current.targets)
      if (!hit) return
      editor.markEventAsHandled(event)
      event.preventDefault()
      caught = event.target
      const { session: state, ballot: mine } = now
      if (hit.takeBack) return mine.place(hit.id, -1)
      if (mine.id === null) return setNotice('Your ballot is not ready yet: try again in a moment.')
      if (dotsLeft(state, mine.id) === 0) {
        return setNotice('No dots left: click one of your dots to take it back.')
      }
      setNotice('')
      mine.place(hit.id, 1)
    }
    // The click that follows a caught press must not reach the item's own button either.
    const onClick = (event: MouseEvent) => {
      if (caught === null || event.target !== caught) return
      caught = null
      event.stopPropagation()
      event.preventDefault()
    }
    const onPointerUp = (event: PointerEvent) => {
      if (caught !== null) editor.markEventAsHandled(event)
    }
    container.addEventListener('pointerdown', onPointerDown, { capture: true })
    container.addEventListener('pointerup', onPointerUp, { capture: true })
    container.addEventListener('click', onClick, { capture: true })
    return () => {
      container.removeEventListener('pointerdown', onPointerDown, { capture: true })
      container.removeEventListener('pointerup', onPointerUp, { capture: true })
      container.removeEventListener('click', onClick, { capture: true })
    }
  }, [editor])

  return { canvasVote, notice: vote?.status === 'open' ? notice || refusal(ballot.refused) : '' }
}

function refusal(reason: string): string {
  return reason ? `Your dot was not placed: ${reason}.` : ''
}

/**
 * The thing a click is on: one of my dots (to take back), an element a shape marks as a
 * vote target (a cube's item, a need…), or else a shape outside the model (a note, a text)
 * under the pointer that takes dots.
 */
function clickedTarget(
  editor: Editor,
  event: PointerEvent,
  targets: ReadonlySet<string>,
): { id: string; takeBack: boolean } | null {
  const element = event.target instanceof Element ? event.target : null
  const takeBack = element?.closest(`[${takeBackAttribute}]`)?.getAttribute(takeBackAttribute)
  if (takeBack && targets.has(takeBack)) return { id: takeBack, takeBack: true }
  const marked = element?.closest(`[${voteTargetAttribute}]`)?.getAttribute(voteTargetAttribute)
  if (marked && targets.has(marked)) return { id: marked, takeBack: false }
  const shape = editor.getShapeAtPoint(
    editor.screenToPage({ x: event.clientX, y: event.clientY }),
    {
      hitInside: true,
      hitLabels: true,
      filter: (candidate) => takesDotsWhole(candidate, targets),
    },
  )
  return shape ? { id: shape.id, takeBack: false } : null
}

/** Shapes the model does not read (notes, texts) take dots as a whole. */
function takesDotsWhole(shape: TLShape, targets: ReadonlySet<string>): boolean {
  return !shapeTypesInModel.has(shape.type) && targets.has(shape.id)
}

/**
 * The dots of shapes outside the model (notes, texts), drawn on the canvas above their top
 * right corner: their views are tldraw's, so they cannot draw them themselves.
 */
export function DotsOnPlainShapes() {
  const editor = useEditor()
  const vote = useCanvasVote()
  const corners = useValue(
    'plain shapes with dots',
    () => {
      if (!vote) return []
      const ids = [...vote.mine.keys(), ...vote.totals.keys()]
      return [...new Set(ids)].flatMap((id) => {
        const shape = editor.getShape(id as TLShapeId)
        const bounds =
          shape && takesDotsWhole(shape, vote.targets) && editor.getShapePageBounds(shape)
        return bounds ? [{ id, x: bounds.maxX, y: bounds.minY }] : []
      })
    },
    [editor, vote],
  )
  return (
    <>
      {corners.map(({ id, x, y }) => (
        <div key={id} className="vote-dots-corner" style={{ left: x, top: y }}>
          <VoteDots id={id} />
        </div>
      ))}
    </>
  )
}
