// What the session does to each person's view: going to a step's frame, following someone.
'use client'

import { useEffect, useRef, useState } from 'react'
import { useValue, type Editor, type TLShapeId, type TLUserId } from 'tldraw'
import type { SessionState } from '@/lib/facilitation/session-state'

/** Starting a step brings everyone's view to its frame (the whole board without one). */
export function useStepCamera(editor: Editor, session: SessionState): void {
  const stepId = session.step?.stepId ?? null
  const frameId = session.agenda.find((step) => step.id === stepId)?.frameId ?? null
  const shownStep = useRef<string | null>(null)
  useEffect(() => {
    if (!stepId || shownStep.current === stepId) return
    shownStep.current = stepId
    if (editor.getInstanceState().followingUserId) return
    const bounds = frameId ? editor.getShapePageBounds(frameId as TLShapeId) : undefined
    if (bounds) editor.zoomToBounds(bounds, { inset: 48, animation: { duration: 400 } })
    else editor.zoomToFit({ animation: { duration: 400 } })
  }, [editor, stepId, frameId])
}

export interface SessionFollow {
  /** Whom the facilitator asked everyone to follow, unless that is this person. */
  leader: { userId: string; name: string } | null
  /** This person stepped out (Escape, or moved their own view) and may rejoin. */
  steppedOut: boolean
  rejoin(): void
}

/**
 * "Bring everyone to me" and "everyone follow …": views follow the leader with tldraw's
 * follow mode until the facilitator releases them; anyone can step out with Escape and
 * rejoin with a button.
 */
export function useSessionFollow(editor: Editor, session: SessionState): SessionFollow {
  const myId = useValue('my user id', () => editor.user.getRecordId(), [editor])
  const leader = session.follow && session.follow.userId !== myId ? session.follow : null
  const leaderId = leader?.userId ?? null
  const leaderHere = useValue(
    'leader here',
    () => leaderId !== null && editor.getCollaborators().some((peer) => peer.userId === leaderId),
    [editor, leaderId],
  )
  const following = useValue('following', () => editor.getInstanceState().followingUserId, [editor])
  const [steppedOutOf, setSteppedOutOf] = useState<string | null>(null)
  const steppedOut = leaderId !== null && steppedOutOf === leaderId
  const wasFollowing = useRef<string | null>(null)

  useEffect(() => {
    if (leaderId && leaderHere && !steppedOut && following !== leaderId) {
      editor.startFollowingUser(leaderId as TLUserId)
    }
  }, [editor, leaderId, leaderHere, steppedOut, following])

  useEffect(() => {
    const was = wasFollowing.current
    wasFollowing.current = following
    if (was === null || following !== null) return
    // Following ended here: the facilitator released everyone, or this person stepped out.
    if (was === leaderId) setSteppedOutOf(leaderId)
  }, [following, leaderId])

  // Released (or handed to someone else): stop following whom the session had us follow.
  const previousLeader = useRef<string | null>(null)
  useEffect(() => {
    const previous = previousLeader.current
    previousLeader.current = leaderId
    if (
      previous &&
      previous !== leaderId &&
      editor.getInstanceState().followingUserId === previous
    ) {
      editor.stopFollowingUser()
    }
  }, [editor, leaderId])

  useEffect(() => {
    // Only the session's following: Escape also closes menus, which must not end a follow
    // someone chose for themselves in the people menu.
    const onKey = (event: KeyboardEvent) => {
      if (
        event.key === 'Escape' &&
        leaderId &&
        editor.getInstanceState().followingUserId === leaderId
      ) {
        editor.stopFollowingUser()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [editor, leaderId])

  return { leader, steppedOut, rejoin: () => setSteppedOutOf(null) }
}
