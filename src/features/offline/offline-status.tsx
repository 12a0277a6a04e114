import { useEffect, useState } from 'react'
import { useShortcutKey } from '../../lib/use-shortcut-key'
import { registerServiceWorker, type TakeNewEdition } from './service-worker-registration'
import { useOnline } from './use-online'
import { useRefreshKeptArticles } from './use-refresh-kept-articles'

/**
 * On every page once it has started: says so, under the masthead, while the reader is offline.
 * The live region is there from the start, so screen readers announce what appears in it.
 */
export function ConnectionStatus() {
  const online = useOnline()
  return (
    <div role="status" className="print:hidden">
      {!online && (
        <p className="border-b border-rule bg-panel">
          <span className="mx-auto block max-w-5xl px-4 py-2 text-sm sm:px-6">
            <strong className="font-semibold">You’re offline.</strong> Articles you have read or saved, and your highlights, are here;
            other articles need a connection.
          </span>
        </p>
      )}
    </div>
  )
}

/**
 * On every page once it has started: registers the service worker (built sites only), offers
 * a new edition when one has been installed (it never reloads by itself), and moves the
 * articles kept for offline reading to the edition the page is.
 */
export function EditionUpdates() {
  const [takeNewEdition, setTakeNewEdition] = useState<TakeNewEdition>()
  useRefreshKeptArticles()
  useShortcutKey('n', () => takeNewEdition?.(), takeNewEdition !== undefined)
  useEffect(() => {
    if (!import.meta.env.PROD) return
    registerServiceWorker((take) => {
      setTakeNewEdition(() => take)
    }).catch((error: unknown) => {
      // Without it the site works as before, online only.
      console.warn('The service worker could not be registered:', error)
    })
  }, [])

  // The live region is there from the start, so screen readers announce the offer when it comes.
  return (
    <div role="status" aria-label="New edition" className="print:hidden">
      {takeNewEdition && (
        <div className="fixed right-4 bottom-4 left-4 z-40 mx-auto flex max-w-md flex-wrap items-center justify-between gap-3 rounded-lg border border-rule bg-canvas px-4 py-3 shadow-lg sm:left-auto">
          <p className="text-sm font-semibold">A new edition is available</p>
          <div className="flex gap-2">
            <button
              type="button"
              onClick={() => {
                setTakeNewEdition(undefined)
              }}
              className="rounded-md px-3 py-1.5 text-sm font-semibold text-muted hover:text-ink"
            >
              Later
            </button>
            <button
              type="button"
              onClick={takeNewEdition}
              className="rounded-md bg-ink px-3 py-1.5 text-sm font-semibold text-canvas hover:bg-accent"
            >
              Reload
            </button>
          </div>
        </div>
      )}
    </div>
  )
}
