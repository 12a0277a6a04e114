import { queryOptions } from '@tanstack/react-query'

export const progressKeys = {
  all: ['reading-progress'] as const,
}

// Changes come from this tab's reading (set in the cache as it goes) or another tab's
// broadcast, which invalidates. The storage code loads with the first read, after the page.
export const progressQuery = () =>
  queryOptions({
    queryKey: progressKeys.all,
    queryFn: async () => (await import('./progress-store')).loadProgress(),
    staleTime: Infinity,
  })
