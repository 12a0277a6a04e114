import { useEffect, useRef, useState } from 'react'
import { useLocation } from 'react-router'

const EMPHASIS_MS = 2500

/**
 * `#highlight-<id>` (the links in the highlights view) scrolls to that highlight once it is
 * drawn, moves focus to it and emphasises it briefly. Highlights load after the text, so the
 * browser's own scroll to the fragment cannot do this.
 */
export function useScrollToHighlight(placedIds: ReadonlySet<string>): string | undefined {
  const { hash } = useLocation()
  const [emphasised, setEmphasised] = useState<string>()
  const done = useRef<string>(undefined)
  const id = hash.startsWith('#highlight-') ? decodeHash(hash.slice('#highlight-'.length)) : undefined

  useEffect(() => {
    if (!id || done.current === hash || !placedIds.has(id)) return
    const mark = document.getElementById(`highlight-${id}`)
    if (!mark) return
    done.current = hash
    const reduceMotion = window.matchMedia('(prefers-reduced-motion: reduce)').matches
    mark.scrollIntoView({ block: 'center', behavior: reduceMotion ? 'auto' : 'smooth' })
    mark.focus({ preventScroll: true })
    // The mark exists only once highlights have loaded from storage: this effect waits for
    // that outside event, then emphasises what it scrolled to.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setEmphasised(id)
  }, [id, hash, placedIds])

  useEffect(() => {
    if (!emphasised) return
    const timer = setTimeout(() => {
      setEmphasised(undefined)
    }, EMPHASIS_MS)
    return () => {
      clearTimeout(timer)
    }
  }, [emphasised])

  return emphasised
}

function decodeHash(value: string): string {
  try {
    return decodeURIComponent(value)
  } catch {
    return value
  }
}
