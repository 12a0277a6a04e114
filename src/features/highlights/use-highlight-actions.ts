import { useMutation, useQueryClient } from '@tanstack/react-query'
import { showToast } from '../../components/toaster'
import type { Highlight } from './highlight'
import { highlightKeys, highlightsQuery } from './highlight-queries'
import { deleteHighlight, newestFirst, saveHighlight, storePending, type HighlightsSnapshot } from './highlight-store'

/** Save, delete (with Undo) and retry, each reflected at once and confirmed by storage. */
export function useHighlightActions() {
  const queryClient = useQueryClient()

  const update = (change: (highlights: Highlight[]) => Highlight[]) => {
    queryClient.setQueryData(highlightsQuery().queryKey, (snapshot: HighlightsSnapshot | undefined) =>
      snapshot ? { ...snapshot, highlights: change(snapshot.highlights).sort(newestFirst) } : snapshot,
    )
  }
  const onSettled = () => queryClient.invalidateQueries({ queryKey: highlightKeys.all })

  const retry = useMutation({ mutationFn: storePending, onError: reportUnsaved, onSettled })

  function reportUnsaved(error: Error) {
    showToast({
      tone: 'error',
      message: `${error.message} Your change is kept in this tab but is not saved yet.`,
      action: {
        label: 'Retry',
        run: () => {
          retry.mutate()
        },
      },
    })
  }

  const save = useMutation({
    mutationFn: (highlight: Highlight) => saveHighlight(highlight),
    onMutate: (highlight) => {
      update((highlights) => [...highlights.filter((existing) => existing.id !== highlight.id), highlight])
    },
    onError: reportUnsaved,
    onSettled,
  })

  const remove = useMutation({
    mutationFn: (highlight: Highlight) => deleteHighlight(highlight.id),
    onMutate: (highlight) => {
      update((highlights) => highlights.filter((existing) => existing.id !== highlight.id))
    },
    onSuccess: (_, highlight) => {
      showToast({
        tone: 'info',
        message: 'Highlight deleted.',
        action: {
          label: 'Undo',
          run: () => {
            save.mutate(highlight)
          },
        },
      })
    },
    onError: reportUnsaved,
    onSettled,
  })

  return {
    save: (highlight: Highlight) => {
      save.mutate(highlight)
    },
    remove: (highlight: Highlight) => {
      remove.mutate(highlight)
    },
    retry: () => {
      retry.mutate()
    },
  }
}
