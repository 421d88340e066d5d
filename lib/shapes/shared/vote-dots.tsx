// A dot vote as the canvas shows it: which things take dots, and the dots beside each of them.
import { createContext, useContext } from 'react'

/**
 * The dot vote as shapes draw it; the board provides it while a vote is open or its results
 * are shown, and null otherwise.
 */
export interface CanvasVote {
  /** Open: a click on a target places one of my dots. Closed: everyone's dots show. */
  status: 'open' | 'closed'
  /** Whether this person places dots (viewers do not). */
  votes: boolean
  /** The things that take dots: the same candidates the vote panel lists. */
  targets: ReadonlySet<string>
  /** My dots per thing. */
  mine: ReadonlyMap<string, number>
  /** Everyone's dots per thing, once the vote is closed (nobody sees others' dots before). */
  totals: ReadonlyMap<string, number>
}

export const CanvasVoteContext = createContext<CanvasVote | null>(null)

/** The dot vote on the canvas, or null when there is none. */
export function useCanvasVote(): CanvasVote | null {
  return useContext(CanvasVoteContext)
}

/** The attribute that marks an element as a thing a click votes for (its record id). */
export const voteTargetAttribute = 'data-vote-target'
/** The attribute on my dots beside a thing: a click on them takes one back. */
export const takeBackAttribute = 'data-vote-take-back'

/**
 * Props that make the element showing a thing a vote target while a vote is open and this
 * person votes: the board catches clicks on it before tldraw (so they do not select, drag or
 * start editing) and places a dot. Nothing for things that take no dots.
 */
export function voteTargetProps(
  vote: CanvasVote | null,
  id: string,
): { [voteTargetAttribute]?: string } {
  if (!vote || vote.status !== 'open' || !vote.votes || !vote.targets.has(id)) return {}
  return { [voteTargetAttribute]: id }
}

/** Never more than this many dots drawn one by one; more read as a number. */
const dotsDrawn = 5

function dotsText(count: number): string {
  return count > dotsDrawn ? `●×${count}` : '●'.repeat(count)
}

/**
 * The dots beside one thing: mine while the vote is open (a click takes one back), everyone's
 * count once it is closed. Nothing for things that have none.
 */
export function VoteDots({ id }: { id: string }) {
  const vote = useCanvasVote()
  if (!vote || !vote.targets.has(id)) return null
  const mine = vote.mine.get(id) ?? 0
  if (vote.status === 'open') {
    if (!vote.votes || mine === 0) return null
    return (
      <span
        className="vote-dots-on-canvas"
        data-mine="true"
        {...{ [takeBackAttribute]: id }}
        // A picture of dots to screen readers: the vote panel is where they place and take back.
        role="img"
        title="Your dots: click to take one back"
        aria-label={`${mine} of your dots; click to take one back`}
      >
        {dotsText(mine)}
        <span className="vote-take-back" aria-hidden="true">
          −
        </span>
      </span>
    )
  }
  const total = vote.totals.get(id) ?? 0
  if (total === 0) return null
  const words = `${total} dot${total === 1 ? '' : 's'}${mine ? `, ${mine} of them yours` : ''}`
  return (
    <span
      className="vote-dots-on-canvas"
      data-result="true"
      role="img"
      title={words}
      aria-label={words}
    >
      {total} ●{mine ? <span className="vote-mine-share"> ({mine} yours)</span> : null}
    </span>
  )
}
