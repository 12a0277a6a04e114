import { QueryClient } from '@tanstack/react-query'
import type { ArticlePageData, EntityPageData, ListPageData, PageData } from '../lib/page-state/page-data'
import { articleChunkQuery, articleListQuery, articleQuery, articleRefQuery } from '../lib/articles/article-queries'
import { chunkUrlOf } from '../lib/articles/list-chunks'
import { idPrefixFromSlug } from '../lib/articles/article-slug'
import { entityPageQuery } from '../lib/entities/entity-queries'

export function createQueryClient() {
  return new QueryClient({
    defaultOptions: {
      queries: { retry: 1, refetchOnWindowFocus: false },
    },
  })
}

/**
 * Puts a page's data where its queries look for it, so nothing already on the page is
 * fetched again: on the build machine before rendering, in the browser from the page's state.
 */
export function seedQueryCache(queryClient: QueryClient, { list, article, entity }: PageData) {
  if (list) seedList(queryClient, list)
  if (article) seedArticle(queryClient, article)
  if (entity) seedEntity(queryClient, entity)
}

function seedEntity(queryClient: QueryClient, { entity }: EntityPageData) {
  queryClient.setQueryData(entityPageQuery(entity.kind, entity.slug).queryKey, entity)
}

function seedList(queryClient: QueryClient, { list, firstChunk }: ListPageData) {
  queryClient.setQueryData(articleListQuery().queryKey, list)
  const firstUrl = chunkUrlOf(list, 0)
  if (firstUrl) queryClient.setQueryData(articleChunkQuery(firstUrl).queryKey, firstChunk)
}

function seedArticle(queryClient: QueryClient, { article, url }: ArticlePageData) {
  const ref = { id: article.id, slug: article.slug, url }
  queryClient.setQueryData(articleRefQuery(idPrefixFromSlug(ref.slug) ?? ref.id).queryKey, ref)
  queryClient.setQueryData(articleQuery(ref).queryKey, article)
}
