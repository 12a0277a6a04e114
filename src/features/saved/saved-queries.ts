import { queryOptions } from '@tanstack/react-query'

export const savedKeys = {
  all: ['saved'] as const,
}

// Changes come only from this tab's toggles or another tab's broadcast; both invalidate.
// The storage code loads with the first read, after the page has rendered.
export const savedQuery = () =>
  queryOptions({
    queryKey: savedKeys.all,
    queryFn: async () => (await import('./saved-store')).loadSaved(),
    staleTime: Infinity,
  })
