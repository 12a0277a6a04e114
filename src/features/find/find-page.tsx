import { useQuery, useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { lazy, Suspense, useId, useLayoutEffect, useMemo, useState, type ComponentType } from 'react'
import { useSearchParams } from 'react-router'
import { articleCount } from '../../lib/articles/article-count'
import { articleListQuery } from '../../lib/articles/article-queries'
import { useHydrated } from '../../lib/use-hydrated'
import { ArticleResults } from './article-results'
import type { RowActionsProps } from './article-row'
import { findQuery, restartFindWorker, SearchStoppedError, startFindWorker, type Personal } from './find-client'
import { effectiveSort, isFiltering, NO_FILTERS, paramsFromSearch, searchFromParams, type FindParams } from './find-params'
import { FindToolbar } from './find-toolbar'
import { useListKeys } from './use-list-keys'

// The filter panel's code loads when it is first opened; the filters-in-use bar when there are some.
const FiltersPanel = lazy(async () => ({ default: (await import('./filters-panel')).FiltersPanel }))
const FiltersInUse = lazy(async () => ({ default: (await import('./filters-in-use')).FiltersInUse }))

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
  const params = useMemo(() => (hydrated ? paramsFromSearch(searchParams) : NO_FILTERS), [hydrated, searchParams])
  const filtering = isFiltering(params)
  const [filtersOpen, setFiltersOpen] = useState(false)
  const panelId = useId()

  const findOptions = (of: FindParams) => ({ ...findQuery(list.find, of, personal, { withCounts: filtersOpen }), enabled: list.count > 0 && (isFiltering(of) || filtersOpen) })
  const setParams = (next: FindParams, options: { replace?: boolean; typing?: boolean } = {}) => {
    // Ask the worker now rather than after the URL and the page have updated: the answer
    // is then on its way while React renders, and the page's query picks it up.
    const nextFind = findOptions(next)
    // A failure shows through the page's own query, which retries.
    if (nextFind.enabled) queryClient.query(nextFind).catch(() => undefined)
    // Checkboxes and selects show the URL's state, so they update it synchronously; the search
    // box shows what was typed, and the URL (and every part of the page that reads it) follows
    // in a transition that yields to the next keystroke.
    setSearchParams(searchFromParams(next), { replace: options.replace ?? false, preventScrollReset: true, flushSync: !options.typing })
  }

  const { data: found, isError, error, refetch } = useQuery(findOptions(params))
  const stopped = error instanceof SearchStoppedError
  // Should search fail (its data could not load), the plain list is better than nothing.
  const searching = filtering && !isError
  const result = searching ? found : undefined
  const sort = effectiveSort(params)
  const count = searching ? (result?.total ?? 0) : list.count
  const matchedTerms = result?.terms
  const terms = useMemo(() => (matchedTerms ? new Set(matchedTerms) : NO_TERMS), [matchedTerms])
  const docAt = useMemo(() => {
    if (result) return (index: number) => result.docs[index] ?? 0
    return sort === 'oldest' ? (index: number) => list.count - 1 - index : (index: number) => index
  }, [result, sort, list.count])
  const activeIndex = useListKeys(count)
  useMeasureResults(result)

  return (
    <>
      <title>{params.query ? `“${params.query}” · Broadsheet` : params.following ? 'Following · Broadsheet' : 'Latest articles · Broadsheet'}</title>
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
            onWarmUp={() => startFindWorker(list.find)}
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
            <p role="status">{stopped ? 'Search stopped working; the full list is shown.' : statusText(params, searching, count, result === undefined, isError)}</p>
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
            <ArticleResults list={list} count={count} docAt={docAt} terms={terms} RowActions={RowActions} activeIndex={activeIndex} />
          )}
        </>
      )}
    </>
  )
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
  if (params.query.trim()) return `${articles} match “${params.query.trim()}”`
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
