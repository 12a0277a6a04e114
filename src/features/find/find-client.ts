import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query'
import type { ArticleList } from '../../lib/articles/article'
import { articleChunkQuery, chunkUrlOf } from '../../lib/articles/article-queries'
import type { FindRequest, FindResponse, FindWorkerInit } from './find.worker'
import { searchFromParams, type FindParams } from './find-params'
import type { FindResult } from './run-find'
import { rowsOnScreen } from './rows-on-screen'

/**
 * The main thread's side of the find worker: one worker per page, started on first need
 * (a search, a filter, the filter panel), answering requests by id.
 *
 * Should the worker itself fail (its script does not load, it throws outside a request, or a
 * reply cannot be read), it is stopped: every query waiting for it, and every later one, fails
 * with SearchStoppedError until `restartFindWorker()`. A find that fails inside a working
 * worker (its data could not load) fails with a plain Error, as before, and the worker goes on.
 */
export class SearchStoppedError extends Error {
  override name = 'SearchStoppedError'
  constructor(options?: ErrorOptions) {
    super('Search stopped working', options)
  }
}

let worker: Worker | undefined
/** Why the worker stopped, until `restartFindWorker`; later queries fail with it at once. */
let stopped: SearchStoppedError | undefined
let nextId = 1
const waiting = new Map<number, { resolve: (result: FindResult) => void; reject: (error: Error) => void }>()

/** Starts the worker ahead of the first query (on focus of the search box, say); never throws. */
export function startFindWorker(urls: FindWorkerInit): void {
  if (worker || stopped) return
  try {
    worker = new Worker(new URL('./find.worker.ts', import.meta.url), { type: 'module', name: 'find' })
  } catch (error) {
    stop(error)
    return
  }
  worker.onmessage = (event: MessageEvent<FindResponse>) => {
    // For the find benchmark: how much of a keystroke's wait is the worker's (find-page.tsx).
    if (performance.getEntriesByName('find:input', 'mark').length > 0) performance.measure('find:answered', 'find:input')
    const reply = event.data
    const request = waiting.get(reply.id)
    waiting.delete(reply.id)
    if ('error' in reply) request?.reject(new Error(reply.error))
    else request?.resolve(reply.result)
  }
  // An error event: the script failed to load or threw outside a request. preventDefault keeps
  // it out of the console as an uncaught error; it is reported through the queries instead.
  worker.onerror = (event: ErrorEvent) => {
    event.preventDefault()
    stop(event.message ? new Error(event.message) : event)
  }
  worker.onmessageerror = (event: MessageEvent) => {
    stop(event)
  }
  worker.postMessage(urls)
}

/**
 * Forgets a stopped (or running) worker, so that the next query starts a new one. For a
 * "Retry" after SearchStoppedError: call this, then refetch the failed queries.
 */
export function restartFindWorker(): void {
  worker?.terminate()
  worker = undefined
  stopped = undefined
}

function stop(cause: unknown): void {
  worker?.terminate()
  worker = undefined
  stopped = new SearchStoppedError({ cause })
  for (const request of waiting.values()) request.reject(stopped)
  waiting.clear()
}

function find(urls: FindWorkerInit, params: FindParams, personal: Personal, withCounts: boolean): Promise<FindResult> {
  const request: FindRequest = { id: nextId++, params, saved: personal.saved ?? [], highlighted: personal.highlighted ?? [], following: personal.following ?? [], withCounts }
  return new Promise((resolve, reject) => {
    startFindWorker(urls)
    if (stopped || !worker) {
      reject(stopped ?? new SearchStoppedError())
      return
    }
    waiting.set(request.id, { resolve, reject })
    try {
      worker.postMessage(request)
    } catch (error) {
      // The request could not be copied to the worker: this find fails, the worker goes on.
      waiting.delete(request.id)
      reject(error instanceof Error ? error : new Error(String(error)))
    }
  })
}

/**
 * The reader's own data, for the Saved, Has highlights and Following filters: article ids,
 * and the pages (`places/russia`) of the entities they follow.
 */
export type Personal = { saved?: string[]; highlighted?: string[]; following?: string[] }

/** A find's results, with the query and filters they answer (what the list's status names). */
export type FindAnswer = FindResult & { answers: FindParams }

/**
 * `list`: the article list, which says where the worker's data and the summaries are.
 * `withCounts`: also count the results per facet value, for the filter panel.
 */
export const findQuery = (list: ArticleList, params: FindParams, personal: Personal, { withCounts }: { withCounts: boolean }) =>
  queryOptions({
    // The personal ids matter only while their filter is on.
    queryKey: [
      'find',
      searchFromParams(params).toString(),
      params.saved ? personal.saved : null,
      params.highlighted ? personal.highlighted : null,
      params.following ? personal.following : null,
      withCounts,
    ],
    queryFn: async ({ client }): Promise<FindAnswer> => {
      const result = await find(list.find, params, personal, withCounts)
      // The results wait for the summaries (headline, dek, byline) of the rows on screen, so a
      // keystroke's results replace the last ones whole: not a screen of "Loading…" while each
      // row fetches its chunk of the list. No more than those: each summary is most often in a
      // chunk of its own, and measured at 10,000 articles (2 cores) eight chunk requests at
      // once took 127–225 ms under the service worker, one alone 21–52 ms.
      await loadSummaries(client, list, result.docs.subarray(0, rowsOnScreen()))
      return { ...result, answers: params }
    },
    staleTime: Infinity,
    // While the next keystroke's results come, keep showing the last ones.
    placeholderData: keepPreviousData,
    // A stopped worker fails every try the same way until restarted: say so at once. Other
    // failures get the app's usual single retry.
    retry: (failures, error) => !(error instanceof SearchStoppedError) && failures < 1,
  })

/** On a slow connection, how long the results wait for their summaries before showing without them. */
const SUMMARIES_WAIT_MS = 1000

/**
 * The chunks of the list that hold these articles' summaries, into the query cache (the rows
 * read them there). A chunk that cannot be loaded, or not within SUMMARIES_WAIT_MS, is left to
 * its row, which shows "Loading…" or says it failed and tries again: the results still show.
 */
async function loadSummaries(client: QueryClient, list: ArticleList, docs: Uint32Array): Promise<void> {
  const urls = new Set<string>()
  for (const doc of docs) {
    const url = chunkUrlOf(list, doc)
    if (url) urls.add(url)
  }
  if (urls.size === 0) return
  let timer: ReturnType<typeof setTimeout> | undefined
  const slow = new Promise((resolve) => (timer = setTimeout(resolve, SUMMARIES_WAIT_MS)))
  await Promise.race([Promise.allSettled([...urls].map((url) => client.query(articleChunkQuery(url)))), slow])
  clearTimeout(timer)
}
