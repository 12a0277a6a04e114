import type { QueryClient } from '@tanstack/react-query'
import type { Article, ArticleList, ArticleSummary } from '../lib/articles/article'
import { articleChunkQuery, articleListQuery, articleQuery, articleRefQuery } from '../lib/articles/article-queries'
import { idPrefixFromSlug } from '../lib/articles/article-slug'

/**
 * The data a prerendered page was rendered from. The build renders with it and writes it
 * into the page; the browser puts it back in its query cache before hydrating, so both
 * render the same thing and no request is made for it.
 */
export type PageData = {
  list?: { manifest: ArticleList; firstChunk: ArticleSummary[] }
  article?: { article: Article; url: string }
}

export function seedQueryCache(queryClient: QueryClient, { list, article }: PageData) {
  if (list) {
    queryClient.setQueryData(articleListQuery().queryKey, list.manifest)
    const [firstUrl] = list.manifest.chunks
    if (firstUrl) queryClient.setQueryData(articleChunkQuery(firstUrl).queryKey, list.firstChunk)
  }
  if (article) {
    const ref = { id: article.article.id, slug: article.article.slug, url: article.url }
    queryClient.setQueryData(articleRefQuery(idPrefixFromSlug(ref.slug) ?? ref.id).queryKey, ref)
    queryClient.setQueryData(articleQuery(ref).queryKey, article.article)
  }
}
