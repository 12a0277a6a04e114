/// <reference lib="webworker" />
import { SearchIndex } from '../../lib/search/search-index'
import type { ServedSearchManifest } from '../../lib/search/shard-format'
import type { ArticleList, ArticleSummary } from '../../lib/articles/article'
import { WHOLE_LIST_PREFETCH, type ListChunks } from '../../lib/articles/list-chunks'
import { FacetIndex, type FacetData } from '../../lib/facets/facets'
import { hasFilters, searchText, type FindParams } from './find-params'
import { runFind, type FindResult } from './run-find'
import { SummaryStore } from './summary-store'

/**
 * Search and filtering off the main thread: the worker holds the facet data, the search
 * shards and the list's chunks it has loaded, and answers each find with the matching article
 * numbers and the summaries of the first of them.
 */
export type FindRequest = {
  id: number
  params: FindParams
  saved: string[]
  highlighted: string[]
  following: string[]
  withCounts: boolean
  /** Summaries of the first `upTo` results as far as loaded; the first `waitFor` are loaded first. */
  summaries: { waitFor: number; upTo: number }
}
export type FindWorkerInit = ArticleList['find'] & ListChunks
/** `summaries[i]` is that of `docs[i]`, or null when its chunk has not loaded (its row loads it). */
export type WorkerAnswer = FindResult & { summaries: (ArticleSummary | null)[] }
export type FindResponse = { id: number; result: WorkerAnswer } | { id: number; error: string }

declare const self: DedicatedWorkerGlobalScope

const PREFETCH_AFTER_MS = 500
/** On a slow connection, how long an answer waits for its first rows' summaries before going without them. */
const SUMMARIES_WAIT_MS = 1000
/**
 * Once the reader has searched, the newest articles' summaries load unasked, up to this many
 * (at 10,000 articles, all: 100 chunks, about 1.05 MB gzip), so later answers carry theirs at once.
 * The build makes a list's chunks small past it (listChunkSize).
 */
const PREFETCH_SUMMARIES = WHOLE_LIST_PREFETCH
/**
 * How many of those chunks load at once when they are the whole list: two, so a find's own loads
 * still have most of a browser's six connections to a host. Measured at 10,000 articles (2 cores,
 * bench:find, 2 alternated runs each), starting with the first search, two at a time, against
 * starting once the busiest shards had loaded, one at a time: keystroke to results in the DOM
 * p95 25.6 and 25.5 ms against 29.9 and 30.0 (median 9.9–10.6 against 9.0–9.6); the second
 * query's first keystrokes no longer waited 45–84 ms for their rows. At 100,000 articles, where
 * the prefetch brings a tenth of the list, the same start made the keystrokes that fetch a shard
 * slower (one undisturbed run: median 80 ms against 60–79, p95 112 against 84–95): there it
 * waits, as before.
 */
const PREFETCH_LANES = 2
/** How long no find must have been asked for before the facets load unasked. */
const FACETS_WHEN_QUIET_MS = 2000

// The facet data is large (about 1 MB at 10,000 articles, 8 MB, 2 MB gzip, at 100,000) and
// its parse holds the worker for a while: a plain text search does not wait for it, only
// filters and the filter panel's counts do, and it loads on their first need or, unasked,
// once the busiest search shards have loaded and the reader has stopped typing for a moment
// (measured: loaded with the shards, it held up the first keystroke's answer; loaded right
// after them, the slowest answer at 100,000 articles was 333 ms, and 117-212 ms once it waited).
let lastFindAt = 0
let engine: { facets: () => Promise<FacetIndex>; search: Promise<SearchIndex>; summaries: SummaryStore; prefetchSummaries: () => void } | undefined

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok) throw new Error(`Could not load ${url} (HTTP ${response.status})`)
  return response.text()
}

function start({ facetsUrl, searchUrl, ...listChunks }: FindWorkerInit) {
  let facets: Promise<FacetIndex> | undefined
  const loadFacets = () => {
    if (!facets) {
      facets = fetchText(facetsUrl).then((text) => new FacetIndex(JSON.parse(text) as FacetData))
      // Awaited where needed; a failure there is reported with that find, and the next need tries again.
      facets.catch(() => {
        facets = undefined
      })
    }
    return facets
  }
  let shardsPrefetched = () => {}
  const afterShardPrefetch = new Promise<void>((resolve) => (shardsPrefetched = resolve))
  const search = fetchText(searchUrl).then((text) => {
    const manifest = JSON.parse(text) as ServedSearchManifest
    const index = new SearchIndex(manifest, (key) => {
      const url = manifest.shardUrls[key]
      return url ? fetchText(url) : Promise.reject(new Error(`no search shard ${key}`))
    })
    // The worker starts when the reader is about to search (the box has focus): the busiest
    // shards load soon after, rather than on a first keystroke; a reader who types at once
    // has their own first shard fetched first. Not on a connection asked to save data.
    if (!saveData()) {
      setTimeout(() => {
        void index.prefetch(manifest.prefetch ?? []).finally(() => {
          shardsPrefetched()
          whenQuiet(() => void loadFacets().catch(() => undefined))
        })
      }, PREFETCH_AFTER_MS)
    }
    return index
  })
  search.catch(() => undefined)
  const summaries = new SummaryStore(listChunks, async (url) => JSON.parse(await fetchText(url)) as ArticleSummary[])
  let summariesPrefetched = false
  // Once the reader has searched. When it brings the whole list, at once and PREFETCH_LANES at
  // a time; when only its newest part (a long list, whose rows a search finds mostly elsewhere),
  // after the busiest shards and one at a time, so the first keystrokes' own shards and chunks
  // are not queued behind it. Never on a connection asked to save data, where the shards'
  // prefetch does not run either.
  const prefetchSummaries = () => {
    if (summariesPrefetched || saveData()) return
    summariesPrefetched = true
    if (listChunks.count <= PREFETCH_SUMMARIES) void summaries.prefetch(PREFETCH_SUMMARIES, PREFETCH_LANES)
    else void afterShardPrefetch.then(() => summaries.prefetch(PREFETCH_SUMMARIES))
  }
  return { facets: loadFacets, search, summaries, prefetchSummaries }
}

function saveData(): boolean {
  return (navigator as Navigator & { connection?: { saveData?: boolean } }).connection?.saveData === true
}

/** Runs `work` once no find has been asked for in FACETS_WHEN_QUIET_MS. */
function whenQuiet(work: () => void) {
  const wait = lastFindAt + FACETS_WHEN_QUIET_MS - performance.now()
  if (wait > 0) setTimeout(() => whenQuiet(work), wait)
  else work()
}

self.onmessage = async (event: MessageEvent<FindWorkerInit | FindRequest>) => {
  const message = event.data
  if (!('id' in message)) {
    engine ??= start(message)
    return
  }
  lastFindAt = performance.now()
  try {
    if (!engine) throw new Error('the find worker was not started')
    const { params } = message
    const search = searchText(params) ? await engine.search : null
    const facets = message.withCounts || hasFilters(params) || !search ? await engine.facets() : null
    const personal = { saved: new Set(message.saved), highlighted: new Set(message.highlighted), following: new Set(message.following) }
    const found = await runFind(facets, search, params, personal, { withCounts: message.withCounts })
    const summaries = await engine.summaries.summariesOf(found.docs, { ...message.summaries, waitMs: SUMMARIES_WAIT_MS })
    self.postMessage({ id: message.id, result: { ...found, summaries } } satisfies FindResponse, [found.docs.buffer])
    engine.prefetchSummaries()
  } catch (error) {
    self.postMessage({ id: message.id, error: error instanceof Error ? error.message : String(error) } satisfies FindResponse)
  }
}
