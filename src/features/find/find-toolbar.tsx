import { useEffect, useLayoutEffect, useRef, type RefObject } from 'react'
import { useHydrated } from '../../lib/use-hydrated'
import { FACETS } from '../../lib/facets/facets'
import { type FindParams, type Sort, effectiveSort, searchText } from './find-params'

type Props = {
  params: FindParams
  onChange: (params: FindParams, options?: { replace?: boolean; typing?: boolean }) => void
  filtersOpen: boolean
  panelId: string
  onToggleFilters: () => void
  /** Starts the search machinery as soon as the reader shows interest, so typing is instant. */
  onWarmUp: () => void
  /** The box lost focus: what was typed goes into the address now. */
  onSearchBlur?: () => void
}

const SORT_LABELS: Record<Sort, string> = { newest: 'Newest first', oldest: 'Oldest first', relevance: 'Most relevant' }

/** The search box, the sort and the filters button. `/` focuses the box; Escape clears it. */
export function FindToolbar({ params, onChange, filtersOpen, panelId, onToggleFilters, onWarmUp, onSearchBlur }: Props) {
  const { boxRef, typedRef } = useSearchBox(params.query)
  // Until the app is up, these controls could not answer: they say so rather than swallow a click.
  const hydrated = useHydrated()
  useSearchTypedBeforeStart(boxRef, params.query, (query) => {
    typedRef.current.push(query)
    onChange({ ...params, query }, { typing: true })
  })
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      boxRef.current?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [boxRef])

  const selectedFilters = FACETS.reduce((sum, facet) => sum + params.facets[facet].length, 0) + (params.from || params.to ? 1 : 0) + Number(params.saved) + Number(params.highlighted) + Number(params.following)
  const sort = effectiveSort(params)
  return (
    <search className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
      <label className="grid gap-1 text-sm font-semibold">
        Search articles
        <input
          ref={boxRef}
          type="search"
          defaultValue={params.query}
          placeholder="Words, names, places…  (press / to search)"
          autoComplete="off"
          spellCheck={false}
          // A pointer on its way to the box: the worker can start before the click focuses it.
          onPointerEnter={onWarmUp}
          onFocus={onWarmUp}
          onBlur={onSearchBlur}
          onChange={(event) => {
            performance.mark('find:input')
            const query = event.target.value
            typedRef.current.push(query)
            onChange({ ...params, query }, { typing: true })
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return
            if (!event.currentTarget.value) {
              event.currentTarget.blur()
              return
            }
            event.currentTarget.value = ''
            typedRef.current.push('')
            onChange({ ...params, query: '' })
          }}
          className="rounded-md border border-rule bg-canvas px-3 py-2 text-base font-normal"
        />
      </label>
      <label className="grid gap-1 text-sm font-semibold">
        Sort
        <select
          value={sort}
          disabled={!hydrated}
          onChange={(event) => {
            onChange({ ...params, sort: event.target.value as Sort })
          }}
          className="rounded-md border border-rule bg-canvas px-3 py-2 font-normal"
        >
          {(Object.keys(SORT_LABELS) as Sort[]).map((option) => (
            <option key={option} value={option} disabled={option === 'relevance' && !searchText(params)}>
              {SORT_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        aria-expanded={filtersOpen}
        aria-controls={panelId}
        disabled={!hydrated}
        onClick={onToggleFilters}
        onFocus={onWarmUp}
        onPointerEnter={onWarmUp}
        className="rounded-md border border-rule px-4 py-2 font-semibold hover:border-ink aria-expanded:border-ink aria-expanded:bg-panel"
      >
        Filters{selectedFilters > 0 && <span className="ml-1 text-accent">({selectedFilters})</span>}
      </button>
    </search>
  )
}

/**
 * The search box is uncontrolled, so that a keystroke costs no render: the URL follows the
 * typing a moment later. When the URL's query changes otherwise (back, forward, a link,
 * "Clear filters"), the box takes it; a query the reader typed, reaching the URL late, is
 * left alone, since the box already holds it or newer text.
 */
function useSearchBox(query: string) {
  const boxRef = useRef<HTMLInputElement>(null)
  // The queries typed that the URL has not caught up with yet, oldest first.
  const typedRef = useRef<string[]>([])
  useLayoutEffect(() => {
    const caughtUp = typedRef.current.lastIndexOf(query)
    if (caughtUp >= 0) {
      typedRef.current.splice(0, caughtUp + 1)
      return
    }
    typedRef.current = []
    if (boxRef.current && boxRef.current.value !== query) boxRef.current.value = query
  }, [query])
  return { boxRef, typedRef }
}

/**
 * A reader may type before the app has started: the box keeps the text (it is uncontrolled),
 * and the search runs for it as soon as the app is up.
 */
function useSearchTypedBeforeStart(boxRef: RefObject<HTMLInputElement | null>, query: string, search: (query: string) => void) {
  const startRef = useRef({ query, search })
  useEffect(() => {
    const typed = boxRef.current?.value ?? ''
    if (typed !== boxRef.current?.defaultValue && typed !== startRef.current.query) startRef.current.search(typed)
  }, [boxRef])
}
