import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { ArticleBody, ArticleSummary } from '../../lib/articles/article'
import { articleBodyQuery } from '../../lib/articles/article-queries'
import { articleText } from '../../lib/articles/article-text'
import type { Highlight } from './highlight'
import { placeHighlights } from './place-highlights'

export type HighlightStatus = 'exact' | 'moved' | 'orphaned' | 'checking'

/**
 * Where each highlight stands against the current articles. Only articles whose text changed
 * since a highlight was made (their text hash differs) are fetched and anchored again.
 */
export function useHighlightStatuses(highlights: readonly Highlight[], articles: ReadonlyMap<string, ArticleSummary>) {
  const changed = useMemo(() => {
    const ids = new Set(highlights.filter((highlight) => articles.get(highlight.articleId)?.textHash !== highlight.textHash).map((highlight) => highlight.articleId))
    return [...ids].flatMap((id) => articles.get(id) ?? [])
  }, [highlights, articles])

  const texts = useQueries({
    queries: changed.map((summary) => articleBodyQuery(summary)),
    combine: textsById,
  })

  return useMemo(() => {
    const statuses = new Map<string, HighlightStatus>()
    for (const highlight of highlights) {
      const summary = articles.get(highlight.articleId)
      if (!summary) statuses.set(highlight.id, 'orphaned')
      else if (summary.textHash === highlight.textHash) statuses.set(highlight.id, 'exact')
      else {
        const text = texts.get(highlight.articleId)
        if (text === undefined) statuses.set(highlight.id, 'checking')
        else statuses.set(highlight.id, placeHighlights([highlight], text).placed[0]?.status ?? 'orphaned')
      }
    }
    return statuses
  }, [highlights, articles, texts])
}

// Defined once, so TanStack Query re-runs it only when a body query's result changes.
function textsById(results: readonly { data?: ArticleBody }[]): Map<string, string> {
  return new Map(results.flatMap(({ data }) => (data ? [[data.id, articleText(data.paragraphs)] as const] : [])))
}
