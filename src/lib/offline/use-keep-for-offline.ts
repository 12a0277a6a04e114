import { useEffect } from 'react'
import { keepForOffline, type OfflineArticle } from './offline-copies'

/** Keeps the article being read for offline reading, once the browser has a moment to spare. */
export function useKeepForOffline({ slug, dataUrl }: OfflineArticle) {
  useEffect(() => {
    if (!import.meta.env.PROD) return
    const idle = whenIdle(() => void keepForOffline({ slug, dataUrl }))
    return idle.cancel
  }, [slug, dataUrl])
}

function whenIdle(run: () => void): { cancel: () => void } {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout: 5000 })
    return { cancel: () => cancelIdleCallback(handle) }
  }
  const handle = setTimeout(run, 1000)
  return { cancel: () => clearTimeout(handle) }
}
