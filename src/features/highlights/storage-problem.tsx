import type { StorageError } from '../../lib/storage/database'
import { useRetryStorage } from './use-retry-storage'

/**
 * Why the reader's stored highlights could not be read, shown where they would be, with the
 * way out: Retry (the blocking tab closed, storage answers again), or Reload when another tab
 * has updated Broadsheet. Highlights made meanwhile are kept in this tab.
 */
export function StorageProblem({ error, inMemory }: { error: StorageError; inMemory: number }) {
  const retry = useRetryStorage()
  const button = 'rounded-md bg-ink px-3 py-1.5 text-sm font-semibold text-canvas hover:bg-accent disabled:opacity-60'
  return (
    <div role="alert" className="rounded-lg border border-accent bg-panel p-4">
      <p className="font-serif text-xl font-semibold">Your highlights could not be loaded.</p>
      <p className="mt-1">{error.message}</p>
      <p className="mt-1 text-sm text-muted">
        {inMemory > 0
          ? `The ${inMemory === 1 ? 'highlight' : `${inMemory} highlights`} below ${inMemory === 1 ? 'is' : 'are'} kept in this tab only, until it is closed: export them to keep a copy.`
          : 'Highlights you make meanwhile are kept in this tab until it is closed.'}
      </p>
      <p className="mt-3">
        {error.problem === 'upgraded' ? (
          <button
            type="button"
            className={button}
            onClick={() => {
              window.location.reload()
            }}
          >
            Reload
          </button>
        ) : (
          <button
            type="button"
            className={button}
            disabled={retry.isPending}
            onClick={() => {
              retry.mutate()
            }}
          >
            {retry.isPending ? 'Retrying…' : 'Retry'}
          </button>
        )}
      </p>
    </div>
  )
}
