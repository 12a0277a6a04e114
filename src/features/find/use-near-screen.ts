import { useCallback, useState } from 'react'

/**
 * Whether an element has come within a screen's height of the viewport (and stays true once
 * it has): work a row needs only when it can be seen, such as fetching its article for the
 * snippet, waits for it. Measured at 10,000 articles: after each pause in typing, twenty rows
 * each fetched their article, mostly rows off screen, and those fetches made some of the
 * longest main-thread tasks while the reader typed on.
 * One observer serves every row. The ref goes on the element (a callback ref: the element may
 * appear only after the row's data has loaded).
 */
export function useNearScreen(): [ref: (target: Element | null) => (() => void) | undefined, near: boolean] {
  const [near, setNear] = useState(false)
  const ref = useCallback(
    (target: Element | null) => {
      if (near || !target) return
      return watch(target, () => {
        setNear(true)
      })
    },
    [near],
  )
  return [ref, near]
}

const onNear = new Map<Element, () => void>()
let observer: IntersectionObserver | undefined

function watch(target: Element, callback: () => void): (() => void) | undefined {
  if (typeof IntersectionObserver === 'undefined') {
    callback()
    return undefined
  }
  observer ??= new IntersectionObserver(
    (entries) => {
      for (const entry of entries) {
        if (!entry.isIntersecting) continue
        onNear.get(entry.target)?.()
        forget(entry.target)
      }
    },
    { rootMargin: '100% 0px' },
  )
  onNear.set(target, callback)
  observer.observe(target)
  return () => {
    forget(target)
  }
}

function forget(target: Element) {
  onNear.delete(target)
  observer?.unobserve(target)
}
