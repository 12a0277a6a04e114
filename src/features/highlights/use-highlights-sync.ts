import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { highlightKeys } from './highlight-queries'
import { onChangedElsewhere } from '../../lib/storage/changes'

/** A highlight made, changed or deleted in another tab shows here too, without a reload. */
export function useHighlightsSync() {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onChangedElsewhere('highlights', () => {
        void queryClient.invalidateQueries({ queryKey: highlightKeys.all })
      }),
    [queryClient],
  )
}
