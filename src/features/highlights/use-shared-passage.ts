import { useMemo, useSyncExternalStore } from 'react'
import { idPrefixFromSlug } from '../../lib/articles/article-slug'
import { navigationFragment } from '../../lib/text-fragments/navigation-fragment'
import { sharedPassageFromFragment, type SharedPassage } from '../../lib/text-fragments/shared-passage'

/**
 * The passage a link to this article points at (`#:~:text=…`), wherever it was made: by
 * Broadsheet's Copy link, by Chrome's "Copy link to highlight", or by hand. Read after
 * hydration only (the prerendered page knows nothing of the visitor's URL fragment). A link
 * whose passage is too long to look for gives `{ status: 'missing', reason: 'too-long' }`.
 */
export function useSharedPassage(articleId: string, paragraphs: readonly string[]): SharedPassage | null {
  const fragment = useSyncExternalStore(
    subscribeToHashChanges,
    () => fragmentFor(articleId),
    () => null,
  )
  return useMemo(() => (fragment ? sharedPassageFromFragment(paragraphs, fragment) : null), [fragment, paragraphs])
}

function fragmentFor(articleId: string): string | null {
  const opened = navigationFragment()
  if (!opened) return null
  // The page may have been opened at an older slug and replaced since: compare the article.
  const slug = safeDecode(opened.pathname.split('/').pop() ?? '')
  const prefix = idPrefixFromSlug(slug)
  return prefix && articleId.startsWith(prefix) ? opened.fragment : null
}

function subscribeToHashChanges(onChange: () => void) {
  window.addEventListener('hashchange', onChange)
  window.addEventListener('popstate', onChange)
  return () => {
    window.removeEventListener('hashchange', onChange)
    window.removeEventListener('popstate', onChange)
  }
}

function safeDecode(segment: string): string {
  try {
    return decodeURIComponent(segment)
  } catch {
    return segment
  }
}
