// The board's facilitation session as React state and context, read from and written to its doc.
'use client'

import { createContext, useContext, useEffect, useState } from 'react'
import type * as Y from 'yjs'
import type { SessionWrite } from '@/lib/facilitation/session-moves'
import { readSession, sessionMapName, type SessionState } from '@/lib/facilitation/session-state'
import type { MyBallot } from './use-my-ballot'

/** The board's facilitation session, read from its doc and kept current. */
export function useSessionState(doc: Y.Doc): SessionState {
  const map = doc.getMap<unknown>(sessionMapName)
  const [session, setSession] = useState(() => readSession(map.toJSON()))
  useEffect(() => {
    const read = () => setSession(readSession(map.toJSON()))
    map.observe(read)
    read()
    return () => map.unobserve(read)
  }, [map])
  return session
}

/** Who is at this browser and what they may do, as the session's parts need it. */
export interface SessionPerson {
  userId: string
  name: string
  facilitates: boolean
  /** Viewers follow the session and see results, but place no dots. */
  votes: boolean
}

export interface SessionContextValue {
  session: SessionState
  me: SessionPerson
  /** My ballot in the open vote (placing dots goes through it). */
  ballot: MyBallot
  write(write: SessionWrite): void
  /** Asks the server to reveal everyone's private items (facilitators; it refuses others). */
  revealPrivateItems(): void
}

/** The session, for parts rendered inside tldraw (the spotlight overlay). */
export const SessionContext = createContext<SessionContextValue | null>(null)

export function useSessionContext(): SessionContextValue | null {
  return useContext(SessionContext)
}
