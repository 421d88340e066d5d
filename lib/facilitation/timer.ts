// The session timer's moves: start, pause, resume, add a minute.
import type { Timer } from './session-state'

/**
 * The session timer's moves. A running timer stores when it ends (the facilitator's clock),
 * a paused one how much is left, so every client counts down on its own without ticks
 * going through the sync server.
 */
export function startTimer(durationMs: number, now: number): Timer {
  return { state: 'running', durationMs, endsAt: now + durationMs }
}

export function pauseTimer(timer: Timer, now: number): Timer {
  if (timer.state === 'paused') return timer
  return { state: 'paused', durationMs: timer.durationMs, remainingMs: remainingMs(timer, now) }
}

export function resumeTimer(timer: Timer, now: number): Timer {
  if (timer.state === 'running') return timer
  return { state: 'running', durationMs: timer.durationMs, endsAt: now + timer.remainingMs }
}

export const oneMinuteMs = 60_000

/** One more minute, whether running, paused or already over. */
export function addMinute(timer: Timer, now: number): Timer {
  if (timer.state === 'paused') {
    return {
      ...timer,
      durationMs: timer.durationMs + oneMinuteMs,
      remainingMs: timer.remainingMs + oneMinuteMs,
    }
  }
  return {
    state: 'running',
    durationMs: timer.durationMs + oneMinuteMs,
    endsAt: Math.max(timer.endsAt, now) + oneMinuteMs,
  }
}

export function remainingMs(timer: Timer, now: number): number {
  return timer.state === 'paused' ? timer.remainingMs : Math.max(0, timer.endsAt - now)
}

/** "4:05", "0:00". */
export function clockText(ms: number): string {
  const seconds = Math.ceil(ms / 1000)
  return `${Math.floor(seconds / 60)}:${String(seconds % 60).padStart(2, '0')}`
}
