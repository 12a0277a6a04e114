import type { QueryClient } from '@tanstack/react-query'
import { articleIndexQuery } from '../../lib/articles/article-queries'

/** The view names articles by headline; highlights themselves load from this browser's storage. */
export const highlightsLoader = (queryClient: QueryClient) => async () => {
  await queryClient.query(articleIndexQuery())
  return null
}
