import { useEffect, useRef } from 'react'
import { articleParagraphs } from '../../lib/article-paragraphs'
import { placeOnReadingLine, reachedEnd, type Place } from './place-on-screen'

/** How long the page must rest after a scroll before the place is kept. */
const SETTLE_MS = 600

type Reading = { place: Place; reachedEnd: boolean }

/**
 * Follows the reader through the article: once they have scrolled, each time the page comes
 * to rest, and when they leave it, `onPlace` hears where they are and whether they have
 * reached the end. Nothing is reported while `paused`, nor while the reader is above the text.
 */
export function useReadingTracker(paused: boolean, onPlace: (place: Place, reachedEnd: boolean) => void) {
  const report = useRef(onPlace)
  useEffect(() => {
    report.current = onPlace
  })

  useEffect(() => {
    if (paused) return
    let seen: Reading | null = null
    let reported = ''
    let frame = 0
    let timer: ReturnType<typeof setTimeout> | undefined
    const keep = () => {
      clearTimeout(timer)
      if (!seen) return
      const key = `${String(seen.place.paragraph)}:${String(seen.place.offset)}:${String(seen.reachedEnd)}`
      if (key === reported) return
      reported = key
      report.current(seen.place, seen.reachedEnd)
    }
    // Read where the reader is once per frame while they scroll; the place is still known
    // when the page is left, after the article's elements may be gone.
    const look = () => {
      frame = 0
      const paragraphs = articleParagraphs()
      const place = placeOnReadingLine(paragraphs)
      if (place) seen = { place, reachedEnd: seen?.reachedEnd === true || reachedEnd(paragraphs) }
    }
    const onScroll = () => {
      frame ||= requestAnimationFrame(look)
      clearTimeout(timer)
      timer = setTimeout(keep, SETTLE_MS)
    }
    const onHide = () => {
      if (document.visibilityState === 'hidden') keep()
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    document.addEventListener('visibilitychange', onHide)
    window.addEventListener('pagehide', keep)
    return () => {
      cancelAnimationFrame(frame)
      keep()
      window.removeEventListener('scroll', onScroll)
      document.removeEventListener('visibilitychange', onHide)
      window.removeEventListener('pagehide', keep)
    }
  }, [paused])
}
