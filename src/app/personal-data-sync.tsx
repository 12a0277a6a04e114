import { useHighlightsSync } from '../features/highlights/use-highlights-sync'
import { useSavedSync } from '../features/saved/use-saved-sync'

/** Highlights and saved articles changed in another tab show here too, without a reload. */
export function PersonalDataSync() {
  useHighlightsSync()
  useSavedSync()
  return null
}
