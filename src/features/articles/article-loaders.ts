import type { QueryClient } from '@tanstack/react-query'
import { data, type LoaderFunctionArgs } from 'react-router'
import { articleQuery, articleRefQuery } from '../../lib/articles/article-queries'
import { idPrefixFromSlug } from '../../lib/articles/article-slug'

// The loader only warms the query cache; the page reads the same queries with useSuspenseQuery.

export const articlePageLoader =
  (queryClient: QueryClient) =>
  async ({ params }: LoaderFunctionArgs) => {
    const idPrefix = idPrefixFromSlug(params.slug ?? '')
    const ref = idPrefix && (await queryClient.query(articleRefQuery(idPrefix)))
    if (!ref) throw data('No article has this address.', { status: 404 })
    await queryClient.query(articleQuery(ref))
    return null
  }
