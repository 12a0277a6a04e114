// @vitest-environment happy-dom
import { act, renderHook } from '@testing-library/react'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { useTypedQuery } from './use-typed-query'

/** A keystroke's results, answered when the test says so. */
function results() {
  let answer = () => {}
  const ready = new Promise<void>((resolve) => (answer = resolve))
  return {
    ready,
    answer: () =>
      act(async () => {
        answer()
        await ready
      }),
  }
}

function typing(search = '') {
  const written: string[] = []
  const hook = renderHook(({ search }) => useTypedQuery(search), { initialProps: { search } })
  const type = (query: string, ready?: Promise<unknown>) => {
    act(() => {
      const writeUrl = (q: string) => {
        written.push(q)
        return `q=${q}`
      }
      hook.result.current.type(query, writeUrl, ready)
    })
  }
  return { hook, written, type }
}

beforeEach(() => {
  vi.useFakeTimers()
})

afterEach(() => {
  vi.useRealTimers()
})

describe('useTypedQuery', () => {
  it('takes a keystroke as its results come, and the address follows after a pause', async () => {
    const { hook, written, type } = typing()
    const ma = results()
    type('ma', ma.ready)
    expect(hook.result.current.query).toBeUndefined()
    await ma.answer()
    expect(hook.result.current.query).toBe('ma')
    expect(written).toEqual([])
    act(() => {
      vi.advanceTimersByTime(400)
    })
    expect(written).toEqual(['ma'])
  })

  it('passes over a keystroke typed before its results came', async () => {
    const { hook, written, type } = typing()
    const ma = results()
    const mar = results()
    type('ma', ma.ready)
    type('mar', mar.ready)
    await ma.answer()
    expect(hook.result.current.query).toBeUndefined()
    await mar.answer()
    expect(hook.result.current.query).toBe('mar')
    act(() => {
      vi.advanceTimersByTime(400)
    })
    expect(written).toEqual(['mar'])
  })

  it('takes a keystroke with nothing to wait for at once', () => {
    const { hook, type } = typing()
    type('m')
    expect(hook.result.current.query).toBe('m')
  })

  it('takes a keystroke whose search never answers after 300 ms, so the address still follows', async () => {
    const { hook, written, type } = typing()
    type('ma', new Promise(() => {}))
    await act(async () => vi.advanceTimersByTimeAsync(299))
    expect(hook.result.current.query).toBeUndefined()
    await act(async () => vi.advanceTimersByTimeAsync(1))
    expect(hook.result.current.query).toBe('ma')
    act(() => {
      vi.advanceTimersByTime(400)
    })
    expect(written).toEqual(['ma'])
  })

  it('on blur, writes the last keystroke to the address at once, answered or not', () => {
    const { hook, written, type } = typing()
    type('ma', results().ready)
    act(() => {
      hook.result.current.commit()
    })
    expect(written).toEqual(['ma'])
    act(() => {
      vi.advanceTimersByTime(2000)
    })
    expect(written).toEqual(['ma'])
  })

  it('forgets a keystroke still waiting when another change is made, or Back is pressed', async () => {
    for (const change of ['drop', 'back'] as const) {
      const { hook, written, type } = typing()
      const ma = results()
      type('ma', ma.ready)
      act(() => {
        if (change === 'drop') hook.result.current.drop()
        else dispatchEvent(new PopStateEvent('popstate'))
      })
      await ma.answer()
      act(() => {
      vi.advanceTimersByTime(2000)
    })
      expect(hook.result.current.query, change).toBeUndefined()
      expect(written, change).toEqual([])
      hook.unmount()
    }
  })

  it('holds over an address its own typing wrote, so a key pressed as the address took an earlier one is not lost', async () => {
    const { hook, written, type } = typing()
    type('minist')
    act(() => {
      vi.advanceTimersByTime(400)
    })
    expect(written).toEqual(['minist'])
    // The next key was taken before the page saw the address it wrote.
    const ministe = results()
    type('ministe', ministe.ready)
    await ministe.answer()
    hook.rerender({ search: 'q=minist' })
    expect(hook.result.current.query).toBe('ministe')
    act(() => {
      vi.advanceTimersByTime(400)
    })
    expect(written).toEqual(['minist', 'ministe'])
    hook.rerender({ search: 'q=ministe' })
    expect(hook.result.current.query).toBe('ministe')
    // An address the typing did not write (a link, a filter) ends it.
    hook.rerender({ search: 'q=other' })
    expect(hook.result.current.query).toBeUndefined()
  })

  it('holds only over the address it was typed on', async () => {
    const { hook, type } = typing('q=ma')
    const mar = results()
    type('mar', mar.ready)
    await mar.answer()
    expect(hook.result.current.query).toBe('mar')
    hook.rerender({ search: 'q=mar' })
    expect(hook.result.current.query).toBeUndefined()
  })
})
