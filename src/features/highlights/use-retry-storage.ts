import { useMutation, useQueryClient } from '@tanstack/react-query'
import { highlightKeys } from './highlight-queries'

/**
 * Retry for storage that failed: what waits in this tab's memory is stored first, then every
 * highlight is read again; still failing, the refreshed snapshot carries the new reason. The
 * storage code loads only when asked for (the banner that uses this is on every page).
 */
export function useRetryStorage() {
  const queryClient = useQueryClient()
  return useMutation({
    mutationFn: async () => {
      const { storePending } = await import('./highlight-store')
      await storePending().catch(() => undefined)
    },
    onSettled: () => queryClient.invalidateQueries({ queryKey: highlightKeys.all }),
  })
}
