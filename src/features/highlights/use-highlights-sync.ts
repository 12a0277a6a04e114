import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { highlightKeys } from './highlight-queries'
import { onHighlightsChangedElsewhere } from './highlight-store'

/** A highlight made, changed or deleted in another tab shows here too, without a reload. */
export function useHighlightsSync() {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onHighlightsChangedElsewhere(() => {
        void queryClient.invalidateQueries({ queryKey: highlightKeys.all })
      }),
    [queryClient],
  )
}
