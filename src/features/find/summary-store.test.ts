import { afterEach, describe, expect, it, vi } from 'vitest'
import type { ArticleSummary } from '../../lib/articles/article'
import { SummaryStore } from './summary-store'

/** A list of 300 articles in chunks of 100. */
const list = { count: 300, chunkSize: 100, chunkBase: '/data/list/h' }
const headlined = (headline: string) => ({ headline }) as ArticleSummary

/** Chunk loads that wait until the test answers them. */
function pendingLoads() {
  const answers = new Map<string, { resolve: (chunk: ArticleSummary[]) => void; reject: (error: Error) => void }>()
  const load = vi.fn((url: string) => new Promise<ArticleSummary[]>((resolve, reject) => answers.set(url, { resolve, reject })))
  return { load, answers }
}

const tick = () => new Promise((resolve) => setTimeout(resolve, 0))

afterEach(() => {
  vi.useRealTimers()
})

describe('SummaryStore', () => {
  it('answers once the first rows have their summaries, each chunk loaded once', async () => {
    const { load, answers } = pendingLoads()
    const store = new SummaryStore(list, load)
    let answered = false
    // Results 1 and 3 are in the first chunk, 2 in the third; the fourth is not waited for.
    const pending = store.summariesOf(new Uint32Array([5, 250, 7, 150]), { waitFor: 3, upTo: 4, waitMs: 1000 }).then((summaries) => {
      answered = true
      return summaries
    })
    expect(load.mock.calls.map(([url]) => url)).toEqual(['/data/list/h/0.json', '/data/list/h/2.json'])
    answers.get('/data/list/h/0.json')?.resolve(Array.from({ length: 100 }, (_, index) => headlined(`First ${index}`)))
    await tick()
    expect(answered).toBe(false)
    answers.get('/data/list/h/2.json')?.resolve(Array.from({ length: 100 }, (_, index) => headlined(`Third ${index}`)))
    expect(await pending).toEqual([headlined('First 5'), headlined('Third 50'), headlined('First 7'), null])
    // Kept: the next answer needs no load for them.
    expect(store.summaryOf(250)).toEqual(headlined('Third 50'))
    await store.summariesOf(new Uint32Array([250, 6]), { waitFor: 2, upTo: 2, waitMs: 1000 })
    expect(load).toHaveBeenCalledTimes(2)
  })

  it('answers without a summary that cannot be loaded, or that is slow to come, and tries the failed one again later', async () => {
    vi.useFakeTimers()
    const { load, answers } = pendingLoads()
    const store = new SummaryStore(list, load)
    const pending = store.summariesOf(new Uint32Array([5, 150]), { waitFor: 2, upTo: 2, waitMs: 1000 })
    answers.get('/data/list/h/0.json')?.reject(new Error('Could not load /data/list/h/0.json (HTTP 404)'))
    await vi.advanceTimersByTimeAsync(1000)
    expect(await pending).toEqual([null, null])
    void store.load(5).catch(() => undefined)
    expect(load.mock.calls.map(([url]) => url)).toEqual(['/data/list/h/0.json', '/data/list/h/1.json', '/data/list/h/0.json'])
  })

  it('says so when asked for an article the list does not have', async () => {
    const store = new SummaryStore(list, pendingLoads().load)
    await expect(store.load(300)).rejects.toThrow('The list has no article 300')
    expect(await store.summariesOf(new Uint32Array([300]), { waitFor: 1, upTo: 1, waitMs: 1000 })).toEqual([null])
  })

  it('prefetches the newest chunks one at a time, up to the number of articles asked for, past a failed one', async () => {
    const load = vi.fn((url: string) => (url.endsWith('/0.json') ? Promise.reject(new Error('offline')) : Promise.resolve([headlined(url)])))
    const store = new SummaryStore(list, load)
    await store.prefetch(200)
    expect(load.mock.calls.map(([url]) => url)).toEqual(['/data/list/h/0.json', '/data/list/h/1.json'])
    expect(store.summaryOf(100)).toEqual(headlined('/data/list/h/1.json'))
    await store.prefetch(10_000)
    expect(load).toHaveBeenCalledTimes(4)
  })

  it('prefetches in lanes: never more chunks at once than lanes, the newest first, past a failed one', async () => {
    const { load, answers } = pendingLoads()
    const store = new SummaryStore(list, load)
    const done = store.prefetch(10_000, 2)
    const chunk = (headline: string) => Array.from({ length: 100 }, () => headlined(headline))
    expect(load.mock.calls.map(([url]) => url)).toEqual(['/data/list/h/0.json', '/data/list/h/1.json'])
    answers.get('/data/list/h/1.json')?.resolve(chunk('second'))
    await tick()
    expect(load.mock.calls.map(([url]) => url)).toEqual(['/data/list/h/0.json', '/data/list/h/1.json', '/data/list/h/2.json'])
    answers.get('/data/list/h/0.json')?.reject(new Error('offline'))
    answers.get('/data/list/h/2.json')?.resolve(chunk('third'))
    await done
    expect(load).toHaveBeenCalledTimes(3)
    expect(store.summaryOf(250)).toEqual(headlined('third'))
  })
})
