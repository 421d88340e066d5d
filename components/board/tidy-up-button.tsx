// The board header's "Tidy up": lays the cubes out as their network, or says why it cannot.
import { useState } from 'react'
import type { Editor } from 'tldraw'
import {
  framesLockedBySession,
  guardOf,
  lockedForParticipants,
} from '@/lib/facilitation/record-guard'
import type { SessionState } from '@/lib/facilitation/session-state'
import { tidyUpCubes } from '@/lib/shapes/cube/tidy-up'

/**
 * "Tidy up" for everyone who edits. A participant cannot move what a facilitator locked, so
 * with locked cubes on the board it moves nothing and says so, rather than half a layout.
 */
export function TidyUpButton(props: {
  editor: Editor
  disabled: boolean
  facilitates: boolean
  session: SessionState
}) {
  const { editor, facilitates, session } = props
  const [refusal, setRefusal] = useState<string | null>(null)
  const tidyUp = () => {
    const guards = (id: string) => {
      const record = editor.store.get(id as Parameters<typeof editor.store.get>[0])
      return record ? guardOf(record as unknown as Record<string, unknown>) : undefined
    }
    const lockedFrames = framesLockedBySession(session)
    const result = tidyUpCubes(
      editor,
      (cube) => facilitates || !lockedForParticipants(cube.id, guards, lockedFrames),
    )
    setRefusal('refused' in result ? result.refused : null)
  }
  return (
    <>
      <button
        type="button"
        disabled={props.disabled}
        onClick={tidyUp}
        title="Lay the cubes out as their network: consumers above providers, departments together"
      >
        Tidy up
      </button>
      {refusal ? (
        <span className="badge" role="status">
          {refusal}
        </span>
      ) : null}
    </>
  )
}
