import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { lazy, Suspense, useEffect, useId, useLayoutEffect, useMemo, useState, type ComponentType } from 'react'
import { useSearchParams } from 'react-router'
import { articleCount } from '../../lib/articles/article-count'
import { articleListQuery } from '../../lib/articles/article-queries'
import { useHydrated } from '../../lib/use-hydrated'
import { ArticleResults } from './article-results'
import type { RowActionsProps } from './article-row'
import { findQuery, restartFindWorker, SearchStoppedError, startFindWorker, type Personal } from './find-client'
import { effectiveSort, isFiltering, NO_FILTERS, paramsFromSearch, searchFromParams, searchText, type FindParams } from './find-params'
import { FindToolbar } from './find-toolbar'
import { useTypedQuery } from './use-typed-query'
import { useListKeys } from './use-list-keys'

// The filter panel's code loads when it is first opened; the filters-in-use bar (a search is
// one) as the search box gains focus, so the first keystroke's results do not wait on its code.
const FiltersPanel = lazy(async () => ({ default: (await import('./filters-panel')).FiltersPanel }))
const loadFiltersInUse = () => import('./filters-in-use')
const FiltersInUse = lazy(async () => ({ default: (await loadFiltersInUse()).FiltersInUse }))

/** One empty set for every render, so the memoised results are not re-rendered for nothing. */
const NO_TERMS: ReadonlySet<string> = new Set()

type Props = {
  RowActions?: ComponentType<RowActionsProps>
  /** The reader's saved and highlighted article ids and whom they follow, for those filters. */
  personal: Personal
  /** The head of the Following view (whom the reader follows, what is new), shown while it is on. */
  FollowingView?: ComponentType
}

/** The list of articles, newest first, with search and filters: where a reader decides what to read. Under ListHeading. */
export function FindPage({ RowActions, personal, FollowingView }: Props) {
  const queryClient = useQueryClient()
  const { data: list } = useSuspenseQuery(articleListQuery())
  const [searchParams, setSearchParams] = useSearchParams()
  // The build prerendered the unfiltered list: hydration renders that, and the filters in the
  // address (a shared link, Back) apply in the very next render.
  const hydrated = useHydrated()
  const inUrl = useMemo(() => (hydrated ? paramsFromSearch(searchParams) : NO_FILTERS), [hydrated, searchParams])
  const typing = useTypedQuery(searchParams.toString())
  // What the reader typed shows at once; the address follows it on a pause (typing.commit).
  const params = useMemo(() => (typing.query === undefined ? inUrl : { ...inUrl, query: typing.query }), [inUrl, typing.query])
  const filtering = isFiltering(params)
  const searchWords = searchText(params)
  const [filtersOpen, setFiltersOpen] = useState(false)
  const panelId = useId()

  const findOptions = (of: FindParams) => ({ ...findQuery(list, of, personal, { withCounts: filtersOpen }), enabled: list.count > 0 && (isFiltering(of) || filtersOpen) })
  const setParams = (next: FindParams, options: { replace?: boolean; typing?: boolean } = {}) => {
    // Ask the worker now rather than after the page has updated: the answer is then on its
    // way while React renders, and the page's query picks it up.
    const nextFind = findOptions(next)
    // A failure shows through the page's own query, which retries.
    const answered = nextFind.enabled ? queryClient.query(nextFind).catch(() => undefined) : undefined
    // A keystroke renders the page once, as its results come: the address (and with it the
    // router, and every part of the page that reads it) follows on a pause or on blur.
    if (options.typing) {
      const writeUrl = (query: string) => {
        const search = searchFromParams({ ...next, query })
        // Refining a search in the address replaces it: a new search is one step of history.
        // Asked of the address as it is now, not as it was when the key was pressed: an
        // earlier keystroke's write may have made it a search since (two steps, seen in e2e).
        const replace = paramsFromSearch(new URLSearchParams(window.location.search)).query !== ''
        setSearchParams(search, { replace, preventScrollReset: true })
        return search.toString()
      }
      typing.type(next.query, writeUrl, answered)
      return
    }
    typing.drop()
    setSearchParams(searchFromParams(next), { replace: options.replace ?? false, preventScrollReset: true, flushSync: true })
  }

  const { data: found, isError, error, refetch } = useQuery(findOptions(params))
  const stopped = error instanceof SearchStoppedError
  // Should search fail (its data could not load), the plain list is better than nothing.
  const searching = filtering && !isError
  const result = searching ? found : undefined
  const sort = effectiveSort(params)
  const count = searching ? (result?.total ?? 0) : list.count
  // The status names what the results on screen answer: while the next keystroke's results come,
  // the last ones' words, not "0 articles match" the words just typed.
  const shownParams = result?.answers ?? params
  // The same words from one keystroke to the next are the same set, so unchanged rows stay as they are.
  const termsKey = result?.terms.join('\0') ?? ''
  const terms = useMemo(() => (termsKey ? new Set(termsKey.split('\0')) : NO_TERMS), [termsKey])
  const snippetTerms = useSettled(terms, SNIPPETS_AFTER_MS)
  const docAt = useMemo(() => {
    if (result) return (index: number) => result.docs[index] ?? 0
    return sort === 'oldest' ? (index: number) => list.count - 1 - index : (index: number) => index
  }, [result, sort, list.count])
  const summaryAt = useMemo(() => (result ? (index: number) => result.summaries[index] : undefined), [result])
  const activeIndex = useListKeys(count)
  // Measured once the results answer what is typed, not while the last search's stand in for them.
  const answersTyped = result !== undefined && searchFromParams(result.answers).toString() === searchFromParams(params).toString()
  useMeasureResults(answersTyped ? result : undefined)

  return (
    <>
      <title>{searchWords ? `“${searchWords}” · Broadsheet` : params.following ? 'Following · Broadsheet' : 'Latest articles · Broadsheet'}</title>
      {list.count === 0 ? (
        <NoArticles />
      ) : (
        <>
          <FindToolbar
            params={params}
            onChange={setParams}
            filtersOpen={filtersOpen}
            panelId={panelId}
            onToggleFilters={() => {
              setFiltersOpen((open) => !open)
            }}
            onWarmUp={() => {
              startFindWorker(list)
              // Should it fail, that shows where the bar is rendered, as it would without this.
              loadFiltersInUse().catch(() => undefined)
            }}
            onSearchBlur={typing.commit}
          />
          {filtersOpen && (
            <div id={panelId}>
              <Suspense fallback={<p className="mt-4 text-sm text-muted">Loading filters…</p>}>
                <FiltersPanel params={params} counts={found?.facets} onChange={setParams} />
              </Suspense>
            </div>
          )}
          {filtering && hydrated && (
            <Suspense>
              <FiltersInUse params={params} onChange={setParams} />
            </Suspense>
          )}
          {params.following && FollowingView && <FollowingView />}
          <div className="mt-4 mb-2 flex flex-wrap items-baseline gap-x-3 text-sm text-muted">
            <p role="status">{stopped ? 'Search stopped working; the full list is shown.' : statusText(shownParams, searching, count, result === undefined, isError)}</p>
            {stopped && (
              <button
                type="button"
                className="font-semibold text-accent underline"
                onClick={() => {
                  restartFindWorker()
                  void refetch()
                }}
              >
                Retry search
              </button>
            )}
          </div>
          {count === 0 && searching && result ? (
            <p className="rounded-lg border border-dashed border-rule px-6 py-10 text-center text-muted">No articles match. Try fewer words or filters.</p>
          ) : (
            <ArticleResults list={list} count={count} docAt={docAt} summaryAt={summaryAt} terms={terms} snippetTerms={snippetTerms} RowActions={RowActions} activeIndex={activeIndex} />
          )}
        </>
      )}
    </>
  )
}

/**
 * How long the matched words must stay the same before rows fetch their articles for the
 * passage around them: measured, twenty fetches and parses per keystroke were most of its
 * main-thread time at 10,000 articles.
 */
const SNIPPETS_AFTER_MS = 250

/** `value` once it has stayed the same for `ms`; undefined until then. */
function useSettled<T>(value: T, ms: number): T | undefined {
  const [settled, setSettled] = useState(value)
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(value)
    }, ms)
    return () => {
      clearTimeout(timer)
    }
  }, [value, ms])
  return Object.is(settled, value) ? value : undefined
}

/**
 * Marks how long each keystroke took to show its results, for the find benchmark and the
 * browser's profiler: `find:results` from the search box's `find:input` mark to React
 * putting the results in the DOM, and `find:results-painted` to the end of the frame that
 * first draws them (measured from the task after the next animation frame).
 */
function useMeasureResults(result: unknown) {
  useLayoutEffect(() => {
    if (!result || performance.getEntriesByName('find:input', 'mark').length === 0) return
    const input = performance.getEntriesByName('find:input', 'mark').at(-1)
    performance.measure('find:results', 'find:input')
    performance.clearMarks('find:input')
    requestAnimationFrame(() => {
      setTimeout(() => {
        if (input) performance.measure('find:results-painted', { start: input.startTime })
      })
    })
  }, [result])
}

function statusText(params: FindParams, searching: boolean, count: number, pending: boolean, failed: boolean): string {
  if (failed) return 'Search is unavailable right now; the full list is shown.'
  if (searching && pending) return 'Searching…'
  const articles = articleCount(count)
  const words = searchText(params)
  if (words) return `${articles} match “${words}”`
  if (searching) return `${articles} match these filters`
  return `${articles}, ${effectiveSort(params) === 'oldest' ? 'oldest' : 'newest'} first`
}

function NoArticles() {
  return (
    <div className="rounded-lg border border-dashed border-rule px-6 py-12 text-center">
      <p className="font-serif text-xl font-semibold">No articles yet</p>
      <p className="mx-auto mt-2 max-w-[50ch] text-muted">
        Drop newswire <code>.txt</code> files into the articles folder and rebuild: they will appear here, newest first.
      </p>
    </div>
  )
}
