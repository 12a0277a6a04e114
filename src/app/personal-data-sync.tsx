import { useQueryClient, type QueryKey } from '@tanstack/react-query'
import { useEffect } from 'react'
import { followingKeys } from '../features/following/following-queries'
import { highlightKeys } from '../features/highlights/highlight-queries'
import { progressKeys } from '../features/reading-progress/progress-queries'
import { savedKeys } from '../features/saved/saved-queries'
import { onChangedElsewhere, type StoreName } from '../lib/storage/changes'

/** Highlights, saved articles, reading progress and whom the reader follows, changed in another tab, show here too, without a reload. */
export function PersonalDataSync() {
  useReadAgainWhenChangedElsewhere('highlights', highlightKeys.all)
  useReadAgainWhenChangedElsewhere('saved', savedKeys.all)
  useReadAgainWhenChangedElsewhere('progress', progressKeys.all)
  useReadAgainWhenChangedElsewhere('following', followingKeys.all)
  return null
}

function useReadAgainWhenChangedElsewhere(store: StoreName, queryKey: QueryKey) {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onChangedElsewhere(store, () => {
        void queryClient.invalidateQueries({ queryKey })
      }),
    [queryClient, store, queryKey],
  )
}
