import type { QueryClient } from '@tanstack/react-query'
import { data, type LoaderFunctionArgs } from 'react-router'
import { articleQuery, articleRefQuery } from '../../lib/articles/article-queries'
import { idPrefixFromSlug } from '../../lib/articles/article-slug'
import type { ArticlePageData } from '../../lib/page-state/page-data'

/** The article the address names (by its id part), or a 404 when there is none. */
export const articlePageLoader =
  (loadQueryClient: () => Promise<QueryClient>) =>
  async ({ params }: LoaderFunctionArgs): Promise<ArticlePageData> => {
    const queryClient = await loadQueryClient()
    const idPrefix = idPrefixFromSlug(params.slug ?? '')
    const ref = idPrefix && (await queryClient.query(articleRefQuery(idPrefix)))
    if (!ref) throw data('No article has this address.', { status: 404 })
    return { article: await queryClient.query(articleQuery(ref)), url: ref.url }
  }
