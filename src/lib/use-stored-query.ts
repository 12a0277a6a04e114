import { useQuery, type QueryKey, type UseQueryOptions } from '@tanstack/react-query'
import { useHydrated } from './use-hydrated'

/**
 * useQuery for what only this browser knows (the reader's highlights and saved articles):
 * while React hydrates a prerendered page, it reads as still loading, as the build rendered
 * it, whatever is already in the cache; the reader's data shows in the next render.
 */
export function useStoredQuery<Data, Key extends QueryKey>(options: UseQueryOptions<Data, Error, Data, Key>) {
  const hydrated = useHydrated()
  const result = useQuery(options)
  return hydrated ? result : ({ ...result, data: undefined, isPending: true } as const)
}
