import { QueryClient } from '@tanstack/react-query'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { findQuery, restartFindWorker, SearchStoppedError, startFindWorker } from './find-client'
import { NO_FILTERS } from './find-params'
import type { FindRequest, FindResponse, WorkerAnswer } from './find.worker'
import { PLAIN_LIMIT } from './rows-on-screen'
import type { ArticleSummary } from '../../lib/articles/article'

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
const list = { count: 300, chunkSize: 100, chunkBase: '/data/list/h', find: urls }
const result: WorkerAnswer = { total: 0, docs: new Uint32Array([]), terms: [], summaries: [] }
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
    startFindWorker(list)
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
    expect(worker.sent[0]).toEqual({ ...urls, count: 300, chunkSize: 100, chunkBase: '/data/list/h' })
    const [request] = worker.requests()
    if (!request) throw new Error('expected a request')
    worker.reply({ id: request.id, result })
    await expect(retried).resolves.toEqual({ ...result, answers: { ...NO_FILTERS, query: 'kim' } })
  })

  it('asks for the summaries of the rows rendered whole, waiting for those that fit in the window', async () => {
    // Four rows at least fill a window 720 px tall.
    vi.stubGlobal('window', { innerHeight: 720 })
    void find('kim')
    await settle()
    expect(onlyWorker().requests()[0]?.summaries).toEqual({ waitFor: 4, upTo: PLAIN_LIMIT })
  })

  it('keeps one copy of each summary, so rows whose article did not change are left alone', async () => {
    const summary = (id: string): ArticleSummary => ({ id, slug: `a-headline-${id.slice(0, 8)}`, date: '2026-11-28', headline: 'A headline', dek: '', readingMinutes: 1, url: `/data/articles/${id}.json` })
    const first = find('ki')
    await settle()
    const answer = (docs: number[], summaries: (ArticleSummary | null)[]) => {
      const request = onlyWorker().requests().at(-1)
      if (!request) throw new Error('expected a request')
      onlyWorker().reply({ id: request.id, result: { total: docs.length, docs: new Uint32Array(docs), terms: [], summaries } })
    }
    answer([5, 250], [summary('0123456789abcdef'), null])
    const kim = find('kim')
    await settle()
    // The same article again, as a new copy from the worker, and the one the first answer lacked.
    answer([5, 250], [summary('0123456789abcdef'), summary('fedcba9876543210')])
    const [ki, kimFound] = [await first, await kim]
    expect(ki.summaries[1]).toBeUndefined()
    expect(kimFound.summaries[0]).toBe(ki.summaries[0])
    expect(kimFound.summaries[1]?.id).toBe('fedcba9876543210')
    // Following a result's link needs no lookup of where its article is.
    expect(client.getQueryData(['articles', 'ref', 'fedcba98'])).toEqual({ id: 'fedcba9876543210', slug: 'a-headline-fedcba98', url: '/data/articles/fedcba9876543210.json' })
  })

  it('does not retry a stopped search, and retries another failure once', () => {
    const { retry } = findQuery(list, NO_FILTERS, {}, { withCounts: false })
    if (typeof retry !== 'function') throw new Error('expected a retry function')
    expect(retry(0, new SearchStoppedError())).toBe(false)
    expect(retry(0, new Error('Could not load'))).toBe(true)
    expect(retry(1, new Error('Could not load'))).toBe(false)
  })
})
