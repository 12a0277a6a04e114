import { useEffect } from 'react'
import { whenIdle } from '../when-idle'
import type { OfflineArticle } from './offline-copies'

/** Keeps the article being read for offline reading, once the browser has a moment to spare. */
export function useKeepForOffline({ slug, dataUrl }: OfflineArticle) {
  useEffect(() => {
    if (!import.meta.env.PROD) return
    // Loaded when wanted: the article page hydrates without it.
    const idle = whenIdle(() => void import('./offline-copies').then(({ keepForOffline }) => keepForOffline({ slug, dataUrl })))
    return idle.cancel
  }, [slug, dataUrl])
}

