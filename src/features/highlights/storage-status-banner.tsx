import { useStoredQuery } from '../../lib/use-stored-query'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import { highlightKeys, highlightsQuery } from './highlight-queries'

/**
 * Stays on screen, on every page, while any highlight change exists only in this tab's
 * memory: the reader is never led to believe something is saved when it is not.
 */
export function StorageStatusBanner() {
  const queryClient = useQueryClient()
  const { data } = useStoredQuery(highlightsQuery())
  const [retrying, setRetrying] = useState(false)
  const unsaved = data?.unsavedIds.length ?? 0
  if (!data || unsaved === 0) return null

  const retry = async () => {
    setRetrying(true)
    try {
      const { storePending } = await import('./highlight-store')
      await storePending()
    } catch {
      // Still failing: the banner stays, with the new reason from the refreshed snapshot.
    } finally {
      await queryClient.invalidateQueries({ queryKey: highlightKeys.all })
      setRetrying(false)
    }
  }

  return (
    <div role="alert" className="border-b border-accent bg-panel">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm sm:px-6">
        <p>
          <strong className="font-semibold">
            {unsaved === 1 ? '1 highlight change is' : `${unsaved} highlight changes are`} not saved yet.
          </strong>{' '}
          {data.storageError?.message} They are kept in this tab; keep it open and retry, or export your highlights.
        </p>
        <button
          type="button"
          disabled={retrying}
          onClick={() => void retry()}
          className="rounded-md bg-ink px-3 py-1.5 font-semibold text-canvas hover:bg-accent disabled:opacity-60"
        >
          {retrying ? 'Saving…' : 'Retry saving'}
        </button>
      </div>
    </div>
  )
}
