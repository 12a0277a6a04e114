import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { onChangedElsewhere } from '../../lib/storage/changes'
import { savedKeys } from './saved-queries'

/** An article saved or unsaved in another tab shows here too, without a reload. */
export function useSavedSync() {
  const queryClient = useQueryClient()
  useEffect(
    () =>
      onChangedElsewhere('saved', () => {
        void queryClient.invalidateQueries({ queryKey: savedKeys.all })
      }),
    [queryClient],
  )
}
