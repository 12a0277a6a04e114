import { keepPreviousData, queryOptions, type QueryClient } from '@tanstack/react-query'
import type { ArticleList, ArticleSummary } from '../../lib/articles/article'
import { articleRefQuery } from '../../lib/articles/article-queries'
import { idPrefixFromSlug } from '../../lib/articles/article-slug'
import type { FindRequest, FindResponse, FindWorkerInit, WorkerAnswer } from './find.worker'
import { searchFromParams, type FindParams } from './find-params'
import { PLAIN_LIMIT, rowsOnScreen } from './rows-on-screen'

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
const waiting = new Map<number, { resolve: (result: WorkerAnswer) => void; reject: (error: Error) => void }>()

/** Starts the worker ahead of the first query (on focus of the search box, say); never throws. */
export function startFindWorker(list: ArticleList): void {
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
  worker.postMessage({ ...list.find, count: list.count, chunkSize: list.chunkSize, chunkBase: list.chunkBase } satisfies FindWorkerInit)
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

function find(list: ArticleList, params: FindParams, personal: Personal, withCounts: boolean): Promise<WorkerAnswer> {
  const request: FindRequest = {
    id: nextId++,
    params,
    saved: personal.saved ?? [],
    highlighted: personal.highlighted ?? [],
    following: personal.following ?? [],
    withCounts,
    // The answer waits for the summaries (headline, dek, byline) of the rows on screen, so a
    // keystroke's results replace the last ones whole: not a screen of "Loading…" while each row
    // loads its chunk of the list. No more than those: each summary is most often in a chunk of
    // its own, and measured at 10,000 articles (2 cores) eight chunk requests at once took
    // 127–225 ms under the service worker, one alone 21–52 ms.
    summaries: { waitFor: rowsOnScreen(), upTo: PLAIN_LIMIT },
  }
  return new Promise((resolve, reject) => {
    startFindWorker(list)
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

/**
 * A find's results, with the query and filters they answer (what the list's status names),
 * and the summaries of the first results the worker had or loaded: `summaries[i]` is that of
 * `docs[i]`, undefined when the row is to load it itself.
 */
export type FindAnswer = Omit<WorkerAnswer, 'summaries'> & { summaries: readonly (ArticleSummary | undefined)[]; answers: FindParams }

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
      const { summaries, ...result } = await find(list, params, personal, withCounts)
      return { ...result, summaries: keepSummaries(client, list, result.docs, summaries), answers: params }
    },
    staleTime: Infinity,
    // While the next keystroke's results come, keep showing the last ones.
    placeholderData: keepPreviousData,
    // A stopped worker fails every try the same way until restarted: say so at once. Other
    // failures get the app's usual single retry.
    retry: (failures, error) => !(error instanceof SearchStoppedError) && failures < 1,
  })

/**
 * Every summary received, by list and article number. A later answer's copy of a summary is
 * swapped for the one kept, so a row whose article did not change is not rendered again
 * (ArticleRow is memoised).
 */
const receivedSummaries = new WeakMap<ArticleList, Map<number, ArticleSummary>>()

function keepSummaries(client: QueryClient, list: ArticleList, docs: Uint32Array, summaries: readonly (ArticleSummary | null)[]): (ArticleSummary | undefined)[] {
  let kept = receivedSummaries.get(list)
  if (!kept) receivedSummaries.set(list, (kept = new Map<number, ArticleSummary>()))
  return summaries.map((summary, index) => {
    const doc = docs[index]
    if (!summary || doc === undefined) return undefined
    const known = kept.get(doc)
    if (known) return known
    kept.set(doc, summary)
    // Where the article is, for its page when the reader follows the row's link: no lookup needed.
    const ref = { id: summary.id, slug: summary.slug, url: summary.url }
    client.setQueryData(articleRefQuery(idPrefixFromSlug(summary.slug) ?? summary.id).queryKey, ref)
    return summary
  })
}
