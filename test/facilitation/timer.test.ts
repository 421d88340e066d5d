import { describe, expect, it } from 'vitest'
import {
  addMinute,
  clockText,
  pauseTimer,
  remainingMs,
  resumeTimer,
  startTimer,
} from '@/lib/facilitation/timer'

describe('the session timer', () => {
  it('counts down, pauses, resumes and never goes below zero', () => {
    const timer = startTimer(5 * 60_000, 0)
    expect(remainingMs(timer, 60_000)).toBe(4 * 60_000)
    const paused = pauseTimer(timer, 60_000)
    expect(remainingMs(paused, 10 * 60_000)).toBe(4 * 60_000)
    const resumed = resumeTimer(paused, 10 * 60_000)
    expect(remainingMs(resumed, 11 * 60_000)).toBe(3 * 60_000)
    expect(remainingMs(resumed, 60 * 60_000)).toBe(0)
  })

  it('adds a minute whether running, paused or already over', () => {
    expect(remainingMs(addMinute(startTimer(60_000, 0), 30_000), 30_000)).toBe(90_000)
    expect(remainingMs(addMinute(pauseTimer(startTimer(60_000, 0), 30_000), 99_000), 0)).toBe(
      90_000,
    )
    expect(remainingMs(addMinute(startTimer(60_000, 0), 5 * 60_000), 5 * 60_000)).toBe(60_000)
  })

  it('reads as minutes and seconds', () => {
    expect(clockText(245_000)).toBe('4:05')
    expect(clockText(0)).toBe('0:00')
    expect(clockText(59_001)).toBe('1:00')
  })
})
