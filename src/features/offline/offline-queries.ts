import { queryOptions } from '@tanstack/react-query'
import { keptArticleSlugs } from '../../lib/offline/offline-copies'

/** The articles kept on this device, read again each time it is wanted (it changes as one reads). */
export const keptArticlesQuery = () =>
  queryOptions({
    queryKey: ['offline', 'kept'],
    queryFn: async () => new Set(await keptArticleSlugs()),
    staleTime: 0,
  })
