import { queryOptions } from '@tanstack/react-query'

export const followingKeys = {
  all: ['following'] as const,
}

// Changes come only from this tab's Follow buttons and page visits, or another tab's
// broadcast; all invalidate. The storage code loads with the first read, after the page.
export const followingQuery = () =>
  queryOptions({
    queryKey: followingKeys.all,
    queryFn: async () => (await import('./following-store')).loadFollowing(),
    staleTime: Infinity,
  })
