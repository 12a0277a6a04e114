import { useStoredQuery } from '../../lib/use-stored-query'
import { useMemo } from 'react'
import type { RowActionsProps } from '../../features/find/article-row'
import { FindPage } from '../../features/find/find-page'
import { highlightsQuery } from '../../features/highlights/highlight-queries'
import { OfflineAvailability } from '../../features/offline/offline-availability'
import { ReadingStatusLine } from '../../features/reading-progress/reading-status'
import { SaveToggle } from '../../features/saved/save-toggle'
import { savedQuery } from '../../features/saved/saved-queries'

/**
 * Search, filters and the list, with a Save toggle, how far the reader got on each article
 * and, offline, which cannot be opened; and the reader's saved and highlighted articles for
 * its filters: the features meet here, in the app.
 */
export function ListFinder() {
  const { data: saved } = useStoredQuery(savedQuery())
  const { data: highlights } = useStoredQuery(highlightsQuery())
  const personal = useMemo(
    () => ({
      ...(saved ? { saved: saved.articleIds } : {}),
      ...(highlights ? { highlighted: [...new Set(highlights.highlights.map((highlight) => highlight.articleId))].sort() } : {}),
    }),
    [saved, highlights],
  )
  return <FindPage RowActions={RowActions} personal={personal} />
}

function RowActions({ article }: RowActionsProps) {
  return (
    <div className="flex flex-wrap items-center gap-x-4 gap-y-2">
      <SaveToggle articleId={article.id} headline={article.headline} offlineCopy={{ slug: article.slug, dataUrl: article.url }} />
      <ReadingStatusLine articleId={article.id} slug={article.slug} headline={article.headline} />
      <OfflineAvailability slug={article.slug} />
    </div>
  )
}
