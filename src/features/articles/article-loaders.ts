import type { QueryClient } from '@tanstack/react-query'
import { data, type LoaderFunctionArgs } from 'react-router'
import { articleBodyQuery, articleIndexQuery } from '../../lib/articles/article-queries'
import { findArticleBySlug } from '../../lib/articles/find-article'

// Loaders only warm the query cache; components read the same queries with useSuspenseQuery.

export const articleListLoader = (queryClient: QueryClient) => async () => {
  await queryClient.query(articleIndexQuery())
  return null
}

export const articlePageLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const { articles } = await queryClient.query(articleIndexQuery())
    const summary = findArticleBySlug(articles, params.slug)
    if (!summary) throw data('No article has this address.', { status: 404 })
    await queryClient.query(articleBodyQuery(summary))
    return null
  }
