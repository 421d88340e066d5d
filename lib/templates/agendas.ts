import type { BoardKind } from '@/lib/db/schema'
import type { AgendaStep } from '@/lib/facilitation/session-state'

const step = (n: number, title: string, minutes: number): AgendaStep => ({
  id: `step-${n}`,
  title: `${n} ${title}`,
  frameId: null,
  minutes,
})

/**
 * The agenda a new board suggests for its session, by kind; the facilitator binds steps to
 * frames and changes them as they like.
 */
export const suggestedAgendas: Record<BoardKind, AgendaStep[]> = {
  cube: [
    step(1, 'Map the cubes', 20),
    step(2, 'Link services', 20),
    step(3, 'Personas', 15),
    step(4, 'Value zone', 20),
  ],
  'value-zone': [
    step(1, 'Personas', 15),
    step(2, 'Stated and unstated needs', 20),
    step(3, 'Value zone: match offerings', 20),
    step(4, 'Gaps and next steps', 10),
  ],
}
