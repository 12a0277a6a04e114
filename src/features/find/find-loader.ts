import type { QueryClient } from '@tanstack/react-query'
import { articleChunkQuery, articleListQuery } from '../../lib/articles/article-queries'

/** The list's first screen: the list manifest and its first chunk (a search starts from there). */
export const findLoader = (queryClient: QueryClient) => async () => {
  const list = await queryClient.query(articleListQuery())
  const [firstUrl] = list.chunks
  if (firstUrl) await queryClient.query(articleChunkQuery(firstUrl))
  return null
}
