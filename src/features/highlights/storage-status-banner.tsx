import { useQuery } from '@tanstack/react-query'
import { highlightsQuery } from './highlight-queries'
import { useHighlightActions } from './use-highlight-actions'

/**
 * Stays on screen, on every page, while any highlight change exists only in this tab's
 * memory: the reader is never led to believe something is saved when it is not.
 */
export function StorageStatusBanner() {
  const { data } = useQuery(highlightsQuery())
  const { retry } = useHighlightActions()
  const unsaved = data?.unsavedIds.length ?? 0
  if (!data || unsaved === 0) return null
  return (
    <div role="alert" className="border-b border-accent bg-panel">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm sm:px-6">
        <p>
          <strong className="font-semibold">
            {unsaved === 1 ? '1 highlight change is' : `${unsaved} highlight changes are`} not saved yet.
          </strong>{' '}
          {data.storageError?.message} They are kept in this tab; keep it open and retry, or export your highlights.
        </p>
        <button type="button" onClick={retry} className="rounded-md bg-ink px-3 py-1.5 font-semibold text-canvas hover:bg-accent">
          Retry saving
        </button>
      </div>
    </div>
  )
}
