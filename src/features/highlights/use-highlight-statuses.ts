import { useQueries } from '@tanstack/react-query'
import { useMemo } from 'react'
import type { Article, ArticleRef } from '../../lib/articles/article'
import { articleQuery, articleRefQuery } from '../../lib/articles/article-queries'
import { articleText } from '../../lib/articles/article-text'
import type { Highlight } from './highlight'
import { placeHighlights } from './place-highlights'

export type HighlightStatus = 'exact' | 'moved' | 'orphaned' | 'checking'

/**
 * The current article behind each highlighted article id: the Article, null when the site
 * no longer has it, or undefined while it loads. Only articles that have highlights are fetched.
 */
export function useHighlightedArticles(articleIds: readonly string[]): ReadonlyMap<string, Article | null | undefined> {
  const refs = useQueries({ queries: articleIds.map((id) => articleRefQuery(id)), combine: refsInOrder })
  const found = refs.filter((ref): ref is ArticleRef => Boolean(ref))
  const articles = useQueries({ queries: found.map((ref) => articleQuery(ref)), combine: articlesById })
  return useMemo(
    () => new Map(articleIds.map((id, index) => [id, refs[index] === null ? null : articles.get(id)])),
    [articleIds, refs, articles],
  )
}

// Defined once, so TanStack Query re-runs them only when a query's result changes.
function refsInOrder(results: readonly { data?: ArticleRef | null }[]): (ArticleRef | null | undefined)[] {
  return results.map(({ data }) => data)
}

function articlesById(results: readonly { data?: Article }[]): Map<string, Article> {
  return new Map(results.flatMap(({ data }) => (data ? [[data.id, data] as const] : [])))
}

/**
 * Where each highlight stands against the current text of its article. An unchanged text
 * (same hash) needs no anchoring; a changed one is anchored again; a missing article orphans.
 */
export function useHighlightStatuses(highlights: readonly Highlight[], articles: ReadonlyMap<string, Article | null | undefined>) {
  return useMemo(() => {
    const statuses = new Map<string, HighlightStatus>()
    const texts = new Map<string, string>()
    for (const highlight of highlights) {
      const article = articles.get(highlight.articleId)
      if (article === undefined) statuses.set(highlight.id, 'checking')
      else if (article === null) statuses.set(highlight.id, 'orphaned')
      else if (article.textHash === highlight.textHash) statuses.set(highlight.id, 'exact')
      else {
        const text = texts.get(article.id) ?? articleText(article.paragraphs)
        texts.set(article.id, text)
        statuses.set(highlight.id, placeHighlights([highlight], text).placed[0]?.status ?? 'orphaned')
      }
    }
    return statuses
  }, [highlights, articles])
}
