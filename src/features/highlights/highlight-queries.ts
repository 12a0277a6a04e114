import { queryOptions } from '@tanstack/react-query'

export const highlightKeys = {
  all: ['highlights'] as const,
  list: () => [...highlightKeys.all, 'list'] as const,
  newest: () => [...highlightKeys.all, 'newest'] as const,
}

/** How many highlights /highlights shows while it reads them all: more than a tall screen holds. */
const FIRST_SCREEN = 40

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

/** The newest highlights, read without reading them all: the first screen of /highlights. */
export const newestHighlightsQuery = () =>
  queryOptions({
    queryKey: highlightKeys.newest(),
    queryFn: async () => (await import('./highlight-store')).loadNewestHighlights(FIRST_SCREEN),
    staleTime: Infinity,
  })
