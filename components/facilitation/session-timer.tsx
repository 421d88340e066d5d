// The session timer as everyone sees it, with a soft chime at the end.
'use client'

import { useEffect, useRef, useState } from 'react'
import { clockText, remainingMs } from '@/lib/facilitation/timer'
import type { Timer } from '@/lib/facilitation/session-state'

/** A soft two-note chime: the end of a timer should be noticed, not startle anyone. */
function chime(): void {
  try {
    const audio = new AudioContext()
    for (const [index, frequency] of [660, 880].entries()) {
      const tone = audio.createOscillator()
      const gain = audio.createGain()
      tone.frequency.value = frequency
      const start = audio.currentTime + index * 0.25
      gain.gain.setValueAtTime(0.0001, start)
      gain.gain.exponentialRampToValueAtTime(0.12, start + 0.03)
      gain.gain.exponentialRampToValueAtTime(0.0001, start + 0.6)
      tone.connect(gain).connect(audio.destination)
      tone.start(start)
      tone.stop(start + 0.65)
    }
    setTimeout(() => void audio.close(), 1500)
  } catch {
    // No audio here (or not allowed yet): the visual signal still shows.
  }
}

/** The session timer as everyone sees it, counting down on each client's own clock. */
export function SessionTimer({ timer }: { timer: Timer }) {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    if (timer.state !== 'running') return
    const tick = setInterval(() => setNow(Date.now()), 250)
    return () => clearInterval(tick)
  }, [timer])
  const left = remainingMs(timer, now)
  const over = timer.state === 'running' && left === 0
  // Chime once when a timer runs out here, not for one that was already over on arrival.
  const wasRunning = useRef(false)
  useEffect(() => {
    if (over && wasRunning.current) chime()
    wasRunning.current = !over
  }, [over])
  return (
    <span className={`session-timer${over ? ' is-over' : ''}`} role="timer" aria-label="Timer">
      {over ? "Time's up" : clockText(left)}
      {timer.state === 'paused' ? ' (paused)' : ''}
    </span>
  )
}
