import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useHydrated } from '../../lib/use-hydrated'

// The player loads the first time someone listens.
const ReadAloudPlayer = lazy(async () => ({ default: (await import('./read-aloud-player')).ReadAloudPlayer }))

type Props = { paragraphs: readonly string[]; language: string }

/**
 * "Listen" on the article page (`l` too): opens the read-aloud player, which starts at once.
 * Hidden in browsers without speech synthesis. Pressing `l` again pauses or plays.
 */
export function ListenButton({ paragraphs, language }: Props) {
  const hydrated = useHydrated()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  useListenKey(open, setOpen)
  if (hydrated && !('speechSynthesis' in window)) return null

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-expanded={open}
        disabled={!hydrated}
        onClick={() => {
          setOpen(!open)
        }}
        className="inline-flex items-center gap-1.5 rounded-md border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink aria-expanded:border-accent disabled:opacity-60"
      >
        <svg aria-hidden="true" viewBox="0 0 20 20" className="size-4 fill-none stroke-current stroke-[1.6]">
          <path d="M3 8v4h3l4 3.5v-11L6 8H3Zm10-1a4 4 0 0 1 0 6m2-8.5a7 7 0 0 1 0 11" />
        </svg>
        Listen
      </button>
      {open && (
        <Suspense>
          <ReadAloudPlayer
            paragraphs={paragraphs}
            language={language}
            onClose={() => {
              setOpen(false)
              button.current?.focus()
            }}
          />
        </Suspense>
      )}
    </>
  )
}

/** `l` opens the player; once it is open, the player's own `l` pauses and plays. */
function useListenKey(open: boolean, setOpen: (open: boolean) => void) {
  useEffect(() => {
    if (open) return
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'l' || event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      if (!('speechSynthesis' in window)) return
      event.preventDefault()
      setOpen(true)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open, setOpen])
}
