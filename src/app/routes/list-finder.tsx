import { useStoredQuery } from '../../lib/use-stored-query'
import { memo, useMemo } from 'react'
import type { RowActionsProps } from '../../features/find/article-row'
import { FindPage } from '../../features/find/find-page'
import { followKey } from '../../features/following/followed-entity'
import { followingQuery } from '../../features/following/following-queries'
import { FollowingView } from '../../features/following/following-view'
import { highlightsQuery } from '../../features/highlights/highlight-queries'
import { OfflineAvailability } from '../../features/offline/offline-availability'
import { ReadingStatusLine } from '../../features/reading-progress/reading-status'
import { SaveToggle } from '../../features/saved/save-toggle'
import { savedQuery } from '../../features/saved/saved-queries'

/**
 * Search, filters and the list, with a Save toggle, how far the reader got on each article
 * and, offline, which cannot be opened; the reader's saved and highlighted articles and whom
 * they follow for its filters, and the Following view: the features meet here, in the app.
 */
export function ListFinder() {
  const { data: saved } = useStoredQuery(savedQuery())
  const { data: highlights } = useStoredQuery(highlightsQuery())
  const { data: following } = useStoredQuery(followingQuery())
  const personal = useMemo(
    () => ({
      ...(saved ? { saved: saved.articleIds } : {}),
      ...(highlights ? { highlighted: [...new Set(highlights.highlights.map((highlight) => highlight.articleId))].sort() } : {}),
      ...(following ? { following: following.followed.map(followKey).sort() } : {}),
    }),
    [saved, highlights, following],
  )
  return <FindPage RowActions={RowActions} personal={personal} FollowingView={FollowingView} />
}

// Memoised: a keystroke that changes only the emphasised words re-renders a row, not its actions.
const RowActions = memo(function RowActions({ article }: RowActionsProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <SaveToggle articleId={article.id} headline={article.headline} offlineCopy={{ slug: article.slug, dataUrl: article.url }} />
      <ReadingStatusLine articleId={article.id} slug={article.slug} headline={article.headline} />
      <OfflineAvailability slug={article.slug} />
    </div>
  )
})
