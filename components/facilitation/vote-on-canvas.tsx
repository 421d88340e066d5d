// Dot voting on the canvas itself: the vote tool's clicks place and take back dots, each dot shown on its item.
'use client'

import { useEffect, useMemo, useRef, useState } from 'react'
import { useValue, type Editor } from 'tldraw'
import { moveDot } from '@/lib/facilitation/session-moves'
import { dotsLeft } from '@/lib/facilitation/session-rules'
import { useLiveModel } from '@/components/board/use-live-model'
import type { SessionContextValue } from './use-session'
import { shapesWithWords, voteCandidates } from '@/lib/facilitation/vote-candidates'
import { onVoteClick, VoteTool } from './vote-tool'

/**
 * While a vote is open, a participant votes by clicking on the board (the vote tool is
 * picked for them): an item, service or step, a cube, a persona, a need or an offering gets
 * a dot; Alt+click takes one back. The same rules as the list beside the board (moveDot)
 * decide, so the budget holds either way. Their dots show on the things, and a bar says
 * how many are left.
 */
export function VoteOnCanvas({
  editor,
  context,
}: {
  editor: Editor
  context: SessionContextValue
}) {
  const { session, me } = context
  const vote = session.vote
  const voting = vote?.status === 'open' && me.votes
  const model = useLiveModel(editor)
  const candidates = useMemo(
    () =>
      voting
        ? new Set(voteCandidates(model, shapesWithWords(editor), me.userId).map((c) => c.id))
        : null,
    [voting, editor, model, me.userId],
  )
  const [note, setNote] = useState<string | null>(null)
  const placing = useValue('placing dots', () => editor.getCurrentToolId() === VoteTool.id, [
    editor,
  ])
  // The click handler reads the session as it is when someone clicks.
  const current = useRef(context)
  useEffect(() => {
    current.current = context
  }, [context])

  // The vote tool comes with the vote and goes with it.
  const voteId = voting ? vote.id : null
  useEffect(() => {
    if (voteId) editor.setCurrentTool(VoteTool.id)
    else if (editor.getCurrentToolId() === VoteTool.id) editor.setCurrentTool('select')
  }, [editor, voteId])

  useEffect(() => {
    if (!candidates) return
    return onVoteClick(editor, (at, takeBack) => {
      const target = voteTargetAt(editor, at, candidates)
      if (!target) {
        setNote('Nothing to vote on there: click an item, a cube, a need or an offering.')
        return
      }
      const { session: now, me: voter, write: send } = current.current
      const move = moveDot(now, voter, target, takeBack ? -1 : 1)
      setNote(
        move
          ? null
          : takeBack
            ? 'You have no dot there to take back.'
            : 'You have no dots left: Alt+click one of yours to take it back.',
      )
      if (move) send(move)
    })
  }, [editor, candidates])

  if (!voting) return null
  const ballot = session.ballots.get(me.userId)
  const dots = ballot?.voteId === vote.id ? ballot.dots : {}
  const left = dotsLeft(session, me.userId)
  return (
    <>
      <style>{dotMarks(dots)}</style>
      <div className="vote-banner" role="status">
        <strong>{vote.title}</strong> · {left} of {vote.budget} dots left ·{' '}
        {note ?? 'Click an item, cube, need or offering to place a dot; Alt+click takes one back.'}
        <button
          type="button"
          onClick={() => editor.setCurrentTool(placing ? 'select' : VoteTool.id)}
        >
          {placing ? 'Stop placing dots' : 'Place dots'}
        </button>
      </div>
    </>
  )
}

/**
 * What a click at a point of the screen votes on: the smallest item marked
 * `data-vote-target` under it (a service inside its cube), else the shape there, if people
 * may vote on it.
 */
function voteTargetAt(
  editor: Editor,
  at: { x: number; y: number },
  candidates: ReadonlySet<string>,
): string | null {
  let best: { id: string; area: number } | null = null
  for (const element of editor.getContainer().querySelectorAll<HTMLElement>('[data-vote-target]')) {
    const id = element.dataset.voteTarget ?? ''
    if (!candidates.has(id)) continue
    const box = element.getBoundingClientRect()
    if (at.x < box.left || at.x > box.right || at.y < box.top || at.y > box.bottom) continue
    const area = box.width * box.height
    if (!best || area < best.area) best = { id, area }
  }
  if (best) return best.id
  const shape = editor.getShapeAtPoint(editor.screenToPage(at), { hitInside: true, margin: 4 })
  return shape && candidates.has(shape.id) ? shape.id : null
}

/** CSS that draws a participant's dots after each thing they are on (items and shapes). */
function dotMarks(dots: Record<string, number>): string {
  return Object.entries(dots)
    .filter(([, count]) => count > 0)
    .map(([id, count]) => {
      const target = CSS.escape(id)
      return `[data-vote-target="${target}"]::after, .tl-shape[data-shape-id="${target}"]::after { content: "${'●'.repeat(Math.min(count, 20))}"; }`
    })
    .join('\n')
}
