import { useStoredQuery } from '../../lib/use-stored-query'
import { useQueryClient } from '@tanstack/react-query'
import { showToast } from '../../components/toaster'
import { keepForOffline, type OfflineArticle } from '../../lib/offline/offline-copies'
import { savedKeys, savedQuery } from './saved-queries'
import type { SavedSnapshot } from './saved-store'

/**
 * "Save" for reading later: a toggle button (pressed when saved). Its name carries the
 * headline in the list, where there are many, for screen-reader users. Saving from the list
 * also keeps the article for offline reading (the article page keeps whatever is read).
 */
export function SaveToggle({ articleId, headline, offlineCopy }: { articleId: string; headline?: string; offlineCopy?: OfflineArticle }) {
  const queryClient = useQueryClient()
  const { data } = useStoredQuery(savedQuery())
  const saved = data?.articleIds.includes(articleId) ?? false

  const toggle = async () => {
    const next = !saved
    if (next && offlineCopy) void keepForOffline(offlineCopy)
    queryClient.setQueryData(savedQuery().queryKey, (snapshot: SavedSnapshot | undefined) =>
      snapshot && { ...snapshot, articleIds: next ? [articleId, ...snapshot.articleIds] : snapshot.articleIds.filter((id) => id !== articleId) },
    )
    const { setSaved, storePendingSaves } = await import('./saved-store')
    try {
      await setSaved(articleId, next)
    } catch (error) {
      showToast({
        tone: 'error',
        message: `${error instanceof Error ? error.message : 'Storage failed.'} The change is kept in this tab but not saved yet.`,
        action: { label: 'Retry', run: () => void storePendingSaves().then(() => queryClient.invalidateQueries({ queryKey: savedKeys.all })) },
      })
    } finally {
      await queryClient.invalidateQueries({ queryKey: savedKeys.all })
    }
  }

  return (
    <button
      type="button"
      aria-pressed={saved}
      disabled={!data}
      onClick={() => void toggle()}
      className="inline-flex items-center gap-1.5 rounded-md border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink aria-pressed:border-accent aria-pressed:text-accent disabled:opacity-60"
    >
      <svg aria-hidden="true" viewBox="0 0 20 20" className={`size-4 ${saved ? 'fill-current' : 'fill-none stroke-current stroke-[1.6]'}`}>
        <path d="M5 2.5h10a1 1 0 0 1 1 1v14l-6-3.6-6 3.6v-14a1 1 0 0 1 1-1Z" />
      </svg>
      Save
      {headline && <span className="sr-only"> “{headline}”</span>}
    </button>
  )
}
