import type { ArticleSummary } from './article'
import { idPrefixFromSlug } from './article-slug'

/**
 * Resolves a URL slug by its id part alone, so an outdated or mistyped word part still
 * finds the article (the page then replaces the URL with the canonical slug).
 */
export function findArticleBySlug(articles: readonly ArticleSummary[], slug: string | undefined): ArticleSummary | undefined {
  const prefix = idPrefixFromSlug(slug ?? '')
  if (!prefix) return undefined
  const matches = articles.filter((article) => article.id.startsWith(prefix))
  // Two ids sharing the prefix: only a longer prefix (their canonical slugs have one) can tell them apart.
  return matches.length === 1 ? matches[0] : undefined
}

/** The articles either side in list order (newest first): previous is newer, next is older. */
export function neighbours(articles: readonly ArticleSummary[], id: string) {
  const index = articles.findIndex((article) => article.id === id)
  return {
    previous: index > 0 ? articles[index - 1] : undefined,
    next: index >= 0 ? articles[index + 1] : undefined,
  }
}
