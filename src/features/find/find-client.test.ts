import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { findQuery, restartFindWorker, SearchStoppedError, startFindWorker } from './find-client'
import { NO_FILTERS } from './find-params'
import type { FindRequest, FindResponse } from './find.worker'
import type { FindResult } from './run-find'

/** Stands in for the browser's Worker: records what it is sent, and replies or fails on demand. */
class FakeWorker {
  static created: FakeWorker[] = []
  static failToConstruct = false
  onmessage: ((event: MessageEvent<FindResponse>) => void) | null = null
  onerror: ((event: ErrorEvent) => void) | null = null
  onmessageerror: ((event: MessageEvent) => void) | null = null
  readonly sent: unknown[] = []
  terminated = false

  constructor() {
    if (FakeWorker.failToConstruct) throw new Error('SecurityError: the script could not be loaded')
    FakeWorker.created.push(this)
  }

  postMessage(message: unknown) {
    this.sent.push(message)
  }

  terminate() {
    this.terminated = true
  }

  requests(): FindRequest[] {
    return this.sent.filter((message): message is FindRequest => typeof message === 'object' && message !== null && 'id' in message)
  }

  reply(response: FindResponse) {
    this.onmessage?.({ data: response } as MessageEvent<FindResponse>)
  }

  fail(message: string) {
    const event = { message, preventDefault: vi.fn() }
    this.onerror?.(event as unknown as ErrorEvent)
    return event
  }
}

const urls = { facetsUrl: '/data/facets.json', searchUrl: '/data/search.json' }
/** A list of 300 articles in chunks of 100; its chunks are fetched only by the tests that stub fetch. */
const list = { count: 300, chunkSize: 100, chunks: ['/data/chunk-0.json', '/data/chunk-1.json', '/data/chunk-2.json'], find: urls }
const result = { total: 0, docs: new Uint32Array([]) } as unknown as FindResult
let client: QueryClient

/** One find, as the page asks for it, without the retry delay in the way. */
function find(query: string) {
  return client.query({ ...findQuery(list, { ...NO_FILTERS, query }, {}, { withCounts: false }), retry: false })
}

function onlyWorker(): FakeWorker {
  const [worker] = FakeWorker.created.slice(-1)
  if (!worker) throw new Error('no worker was created')
  return worker
}

/** Lets the query client hand the find to the worker. */
const settle = () => new Promise((resolve) => setTimeout(resolve, 0))

beforeEach(() => {
  FakeWorker.created = []
  FakeWorker.failToConstruct = false
  vi.stubGlobal('Worker', FakeWorker)
  client = new QueryClient()
})

afterEach(() => {
  restartFindWorker()
  vi.unstubAllGlobals()
})

describe('the find worker client', () => {
  it('answers each query with the worker’s reply to its id', async () => {
    const first = find('kim')
    const second = find('putin')
    await settle()
    const worker = onlyWorker()
    const [a, b] = worker.requests()
    if (!a || !b) throw new Error('expected two requests')
    worker.reply({ id: b.id, result })
    worker.reply({ id: a.id, error: 'Could not load /data/search.json (HTTP 404)' })
    await expect(second).resolves.toEqual({ ...result, answers: { ...NO_FILTERS, query: 'putin' } })
    // A find that fails inside a working worker is a plain error; the worker goes on.
    const failure = await first.catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(Error)
    expect(failure).not.toBeInstanceOf(SearchStoppedError)
    expect(worker.terminated).toBe(false)
  })

  it('fails every waiting query with SearchStoppedError when the worker fails, and every later one', async () => {
    const pending = [find('kim'), find('putin')]
    await settle()
    const worker = onlyWorker()
    const event = worker.fail('Uncaught SyntaxError')
    for (const query of pending) await expect(query).rejects.toThrow(SearchStoppedError)
    await expect(pending[0]).rejects.toThrow('Search stopped working')
    expect(event.preventDefault).toHaveBeenCalled()
    expect(worker.terminated).toBe(true)

    // No new worker, and no wait: the search stays stopped until restarted.
    await expect(find('seoul')).rejects.toThrow(SearchStoppedError)
    startFindWorker(urls)
    expect(FakeWorker.created).toHaveLength(1)
  })

  it('stops on a reply that cannot be read', async () => {
    const pending = find('kim')
    await settle()
    onlyWorker().onmessageerror?.({ data: null } as MessageEvent)
    await expect(pending).rejects.toThrow(SearchStoppedError)
  })

  it('stops when the worker cannot be created at all', async () => {
    FakeWorker.failToConstruct = true
    const failure = await find('kim').catch((error: unknown) => error)
    expect(failure).toBeInstanceOf(SearchStoppedError)
    expect((failure as Error).cause).toBeInstanceOf(Error)
  })

  it('starts a new worker after restartFindWorker', async () => {
    const pending = find('kim')
    await settle()
    onlyWorker().fail('worker script failed to load')
    await expect(pending).rejects.toThrow(SearchStoppedError)

    restartFindWorker()
    const retried = find('kim')
    await settle()
    expect(FakeWorker.created).toHaveLength(2)
    const worker = onlyWorker()
    // The new worker is told where the data is before it is asked anything.
    expect(worker.sent[0]).toEqual(urls)
    const [request] = worker.requests()
    if (!request) throw new Error('expected a request')
    worker.reply({ id: request.id, result })
    await expect(retried).resolves.toEqual({ ...result, answers: { ...NO_FILTERS, query: 'kim' } })
  })

  it('answers once the first screen of results has its summaries, each chunk fetched once', async () => {
    const chunks = new Map<string, (body: unknown) => void>()
    const fetch = vi.fn((url: string) => new Promise<Response>((resolve) => chunks.set(url, (body) => resolve(Response.json(body)))))
    vi.stubGlobal('fetch', fetch)
    // Four rows at least fill a window 720 px tall.
    vi.stubGlobal('window', { innerHeight: 720 })
    let answered = false
    const pending = find('kim').then((found) => {
      answered = true
      return found
    })
    await settle()
    const [request] = onlyWorker().requests()
    if (!request) throw new Error('expected a request')
    // Results 1 and 3 are in the first chunk, 2 in the third; the fifth is below the first screen.
    const found = { total: 5, docs: new Uint32Array([5, 250, 7, 8, 150]), terms: [] }
    onlyWorker().reply({ id: request.id, result: found })
    await settle()
    expect(fetch.mock.calls.map(([url]) => url)).toEqual(['/data/chunk-0.json', '/data/chunk-2.json'])
    chunks.get('/data/chunk-0.json')?.([{ headline: 'First' }])
    await settle()
    expect(answered).toBe(false)
    chunks.get('/data/chunk-2.json')?.([{ headline: 'Third' }])
    await expect(pending).resolves.toEqual({ ...found, answers: { ...NO_FILTERS, query: 'kim' } })
    expect(client.getQueryData(['articles', 'chunk', '/data/chunk-2.json'])).toEqual([{ headline: 'Third' }])
  })

  it('answers without a summary that cannot be loaded, or that is slow to come', async () => {
    vi.useFakeTimers()
    try {
      vi.stubGlobal('fetch', vi.fn((url: string) => (url.endsWith('chunk-0.json') ? Promise.resolve(new Response('', { status: 404 })) : new Promise<Response>(() => undefined))))
      const pending = client.query({ ...findQuery(list, { ...NO_FILTERS, query: 'kim' }, {}, { withCounts: false }), retry: false })
      await vi.advanceTimersByTimeAsync(0)
      const [request] = onlyWorker().requests()
      if (!request) throw new Error('expected a request')
      const found = { total: 2, docs: new Uint32Array([5, 150]), terms: [] }
      onlyWorker().reply({ id: request.id, result: found })
      await vi.advanceTimersByTimeAsync(1000)
      await expect(pending).resolves.toEqual({ ...found, answers: { ...NO_FILTERS, query: 'kim' } })
    } finally {
      vi.useRealTimers()
    }
  })

  it('does not retry a stopped search, and retries another failure once', () => {
    const { retry } = findQuery(list, NO_FILTERS, {}, { withCounts: false })
    if (typeof retry !== 'function') throw new Error('expected a retry function')
    expect(retry(0, new SearchStoppedError())).toBe(false)
    expect(retry(0, new Error('Could not load'))).toBe(true)
    expect(retry(1, new Error('Could not load'))).toBe(false)
  })
})
