import { queryOptions } from '@tanstack/react-query'

export const highlightKeys = {
  all: ['highlights'] as const,
  list: () => [...highlightKeys.all, 'list'] as const,
}

// Highlights change only through this tab's actions or another tab's broadcast, and both
// invalidate this query, so it never goes stale on its own. The storage code (IndexedDB,
// validation) loads with the first read, after the page has rendered.
export const highlightsQuery = () =>
  queryOptions({
    queryKey: highlightKeys.list(),
    queryFn: async () => (await import('./highlight-store')).loadHighlights(),
    staleTime: Infinity,
    // Every read makes a fresh snapshot: comparing tens of thousands of highlights deeply with
    // the last one would cost more than it saves.
    structuralSharing: false,
  })
