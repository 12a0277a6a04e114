import type { QueryClient } from '@tanstack/react-query'
import { articleChunkQuery, articleListQuery } from '../../lib/articles/article-queries'
import { chunkUrlOf } from '../../lib/articles/list-chunks'
import type { ListPageData } from '../../lib/page-state/page-data'

/** The list's first screen: the list manifest and its first chunk (a search starts from there). */
export const findLoader = (loadQueryClient: () => Promise<QueryClient>) => async (): Promise<ListPageData> => {
  const queryClient = await loadQueryClient()
  const list = await queryClient.query(articleListQuery())
  const firstUrl = chunkUrlOf(list, 0)
  return { list, firstChunk: firstUrl ? await queryClient.query(articleChunkQuery(firstUrl)) : [] }
}
