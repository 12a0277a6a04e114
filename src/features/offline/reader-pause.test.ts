import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { readerPause } from './reader-pause'

describe('readerPause', () => {
  beforeEach(() => {
    vi.useFakeTimers()
  })
  afterEach(() => {
    vi.useRealTimers()
  })

  const settled = (promise: Promise<void>) => {
    let done = false
    void promise.then(() => {
      done = true
    })
    return () => done
  }

  it('resolves once nothing has happened for the given time', async () => {
    const isDone = settled(readerPause(2000, new EventTarget()))
    await vi.advanceTimersByTimeAsync(1999)
    expect(isDone()).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(isDone()).toBe(true)
  })

  it('waits again from each keystroke, scroll or touch', async () => {
    const page = new EventTarget()
    const isDone = settled(readerPause(2000, page))
    for (const type of ['keydown', 'scroll', 'pointerdown', 'wheel']) {
      await vi.advanceTimersByTimeAsync(1500)
      page.dispatchEvent(new Event(type))
    }
    await vi.advanceTimersByTimeAsync(1999)
    expect(isDone()).toBe(false)
    await vi.advanceTimersByTimeAsync(1)
    expect(isDone()).toBe(true)
  })
})
