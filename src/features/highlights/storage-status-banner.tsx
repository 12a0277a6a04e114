import { useStoredQuery } from '../../lib/use-stored-query'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useLocation } from 'react-router'
import { paths } from '../../config/paths'
import { articleRefQuery } from '../../lib/articles/article-queries'
import { highlightsQuery } from './highlight-queries'
import { useRetryStorage } from './use-retry-storage'

/**
 * Stays on screen, on every page, while any highlight change exists only in this tab's
 * memory, or while the stored highlights cannot be read (no storage in this browser, blocked
 * by another tab, updated elsewhere): the reader is never led to believe something is saved
 * when it is not, and can always take a copy (Export).
 */
export function StorageStatusBanner() {
  const queryClient = useQueryClient()
  const { pathname } = useLocation()
  const { data } = useStoredQuery(highlightsQuery())
  // Still failing: the banner stays, with the new reason from the refreshed snapshot.
  const retry = useRetryStorage()
  const exportJson = useMutation({
    mutationFn: async () => {
      if (!data) return
      // The articles' addresses, for the file's links; an article not found is named by its id.
      const ids = [...new Set(data.highlights.map((highlight) => highlight.articleId))]
      const refs = await Promise.all(ids.map((id) => queryClient.query(articleRefQuery(id)).catch(() => null)))
      const urls = new Map(refs.flatMap((ref) => (ref ? [[ref.id, new URL(paths.article(ref.slug), window.location.origin).href] as const] : [])))
      // The export code loads only when wanted: this banner is on every page.
      const { downloadHighlightsJson } = await import('./export-files')
      downloadHighlightsJson(data.highlights, { url: (articleId) => urls.get(articleId) })
    },
  })

  const unsaved = data?.unsavedIds.length ?? 0
  const readError = data?.readError
  // /highlights shows a failed read in place of the list; the banner is for what it does not say.
  if (!data || (unsaved === 0 && (!readError || pathname === paths.highlights()))) return null
  const problem = readError ?? data.storageError

  return (
    <div role="alert" className="border-b border-accent bg-panel print:hidden">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center justify-between gap-3 px-4 py-3 text-sm sm:px-6">
        <p>
          <strong className="font-semibold">
            {unsaved === 0
              ? 'Your saved highlights could not be loaded.'
              : `${unsaved === 1 ? '1 highlight change is' : `${unsaved} highlight changes are`} not saved yet.`}
          </strong>{' '}
          {problem?.message}{' '}
          {unsaved === 0
            ? 'Highlights you make are kept in this tab until it is closed.'
            : 'They are kept in this tab; keep it open and retry, or export your highlights.'}
        </p>
        <div className="flex flex-wrap gap-2">
          {data.highlights.length > 0 && (
            <button
              type="button"
              disabled={exportJson.isPending}
              onClick={() => {
                exportJson.mutate()
              }}
              className="rounded-md border border-ink px-3 py-1.5 font-semibold hover:border-accent hover:text-accent disabled:opacity-60"
            >
              Export
            </button>
          )}
          {problem?.problem === 'upgraded' ? (
            <button
              type="button"
              onClick={() => {
                window.location.reload()
              }}
              className="rounded-md bg-ink px-3 py-1.5 font-semibold text-canvas hover:bg-accent"
            >
              Reload
            </button>
          ) : (
            <button
              type="button"
              disabled={retry.isPending}
              onClick={() => {
                retry.mutate()
              }}
              className="rounded-md bg-ink px-3 py-1.5 font-semibold text-canvas hover:bg-accent disabled:opacity-60"
            >
              {retry.isPending ? 'Saving…' : unsaved > 0 ? 'Retry saving' : 'Retry'}
            </button>
          )}
        </div>
      </div>
    </div>
  )
}
