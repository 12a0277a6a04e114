import { useEffect, useState } from 'react'

/** j and k move through the results (focus follows); Enter opens the focused one. */
export function useListKeys(count: number): number | undefined {
  const [active, setActive] = useState<number>()
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if ((event.key !== 'j' && event.key !== 'k') || event.ctrlKey || event.metaKey || event.altKey || count === 0) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"], dialog')) return
      event.preventDefault()
      setActive((current) => {
        if (current === undefined) return 0
        return Math.max(0, Math.min(count - 1, current + (event.key === 'j' ? 1 : -1)))
      })
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [count])
  return active === undefined ? undefined : Math.min(active, Math.max(0, count - 1))
}
