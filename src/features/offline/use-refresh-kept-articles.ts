import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { articleRefQuery } from '../../lib/articles/article-queries'
import { idPrefixFromSlug } from '../../lib/articles/article-slug'
import { editionQuery } from '../../lib/edition/edition-query'
import { keptArticleSlugs, moveKeptArticles, type KeptArticleMove } from '../../lib/offline/offline-copies'

/** The lookup's address changes whenever an article's data does: the edition of the kept copies. */
const KEPT_EDITION_KEY = 'broadsheet:offline-edition'

/**
 * Once per edition of the articles' data, online: moves the articles kept for offline reading
 * to this edition's addresses, so the app finds them offline. An article no longer in the
 * edition keeps its old copy, which still reads.
 */
export function useRefreshKeptArticles() {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!import.meta.env.PROD || !navigator.onLine) return
    let cancelled = false
    const refresh = async () => {
      const { lookup: edition } = await queryClient.query(editionQuery())
      const kept = keptEdition()
      if (kept === edition) return
      // No edition noted: whatever is kept was kept by this one, which notes itself.
      if (kept === null) {
        rememberEdition(edition)
        return
      }
      const moves: KeptArticleMove[] = []
      for (const keptSlug of await keptArticleSlugs()) {
        if (cancelled) return
        const idPrefix = idPrefixFromSlug(keptSlug)
        const ref = idPrefix ? await queryClient.query(articleRefQuery(idPrefix)).catch(() => null) : null
        if (ref) moves.push({ keptSlug, current: { id: ref.id, slug: ref.slug, dataUrl: ref.url } })
      }
      await moveKeptArticles(moves)
      rememberEdition(edition)
    }
    const handle = setTimeout(() => {
      refresh().catch(() => {
        // Tried again at the next start: the kept copies still read meanwhile.
      })
    }, REFRESH_AFTER_MS)
    return () => {
      cancelled = true
      clearTimeout(handle)
    }
  }, [queryClient])
}

/** Well after start-up, which it must not slow. */
const REFRESH_AFTER_MS = 5000

function rememberEdition(edition: string) {
  try {
    localStorage.setItem(KEPT_EDITION_KEY, edition)
  } catch {
    // Storage refused: kept articles keep their old data addresses (their pages still read offline).
  }
}

function keptEdition(): string | null {
  try {
    return localStorage.getItem(KEPT_EDITION_KEY)
  } catch {
    return null
  }
}
