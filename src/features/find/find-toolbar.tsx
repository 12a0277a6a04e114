import { useEffect, useRef } from 'react'
import { FACETS, type FindParams, type Sort, effectiveSort } from './find-params'

type Props = {
  params: FindParams
  onChange: (params: FindParams, options?: { replace?: boolean }) => void
  filtersOpen: boolean
  panelId: string
  onToggleFilters: () => void
  /** Starts the search machinery as soon as the reader shows interest, so typing is instant. */
  onWarmUp: () => void
}

const SORT_LABELS: Record<Sort, string> = { newest: 'Newest first', oldest: 'Oldest first', relevance: 'Most relevant' }

/** The search box, the sort and the filters button. `/` focuses the box; Escape clears it. */
export function FindToolbar({ params, onChange, filtersOpen, panelId, onToggleFilters, onWarmUp }: Props) {
  const box = useRef<HTMLInputElement>(null)
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '/' || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      box.current?.focus()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [])

  const selectedFilters = FACETS.reduce((sum, facet) => sum + params.facets[facet].length, 0) + (params.from || params.to ? 1 : 0) + Number(params.saved) + Number(params.highlighted)
  const sort = effectiveSort(params)
  return (
    <search className="grid gap-3 sm:grid-cols-[1fr_auto_auto] sm:items-end">
      <label className="grid gap-1 text-sm font-semibold">
        Search articles
        <input
          ref={box}
          type="search"
          value={params.query}
          placeholder="Words, names, places…  (press / to search)"
          autoComplete="off"
          spellCheck={false}
          onFocus={onWarmUp}
          onChange={(event) => {
            performance.mark('find:input')
            // Typing refines one search: only its first letter adds a step to history.
            onChange({ ...params, query: event.target.value }, { replace: params.query !== '' })
          }}
          onKeyDown={(event) => {
            if (event.key !== 'Escape') return
            if (params.query) onChange({ ...params, query: '' })
            else event.currentTarget.blur()
          }}
          className="rounded-md border border-rule bg-canvas px-3 py-2 text-base font-normal"
        />
      </label>
      <label className="grid gap-1 text-sm font-semibold">
        Sort
        <select
          value={sort}
          onChange={(event) => {
            onChange({ ...params, sort: event.target.value as Sort })
          }}
          className="rounded-md border border-rule bg-canvas px-3 py-2 font-normal"
        >
          {(Object.keys(SORT_LABELS) as Sort[]).map((option) => (
            <option key={option} value={option} disabled={option === 'relevance' && !params.query.trim()}>
              {SORT_LABELS[option]}
            </option>
          ))}
        </select>
      </label>
      <button
        type="button"
        aria-expanded={filtersOpen}
        aria-controls={panelId}
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
