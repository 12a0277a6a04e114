import { queryOptions } from '@tanstack/react-query'
import { loadHighlights } from './highlight-store'

export const highlightKeys = {
  all: ['highlights'] as const,
  list: () => [...highlightKeys.all, 'list'] as const,
}

// Highlights change only through this tab's actions or another tab's broadcast, and both
// invalidate this query, so it never goes stale on its own.
export const highlightsQuery = () =>
  queryOptions({
    queryKey: highlightKeys.list(),
    queryFn: loadHighlights,
    staleTime: Infinity,
  })
