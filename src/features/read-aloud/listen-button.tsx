import { lazy, Suspense, useRef, useState } from 'react'
import { useHydrated } from '../../lib/use-hydrated'
import { useShortcutKey } from '../../lib/use-shortcut-key'

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
  // `l` opens the player; once it is open, the player's own `l` pauses and plays.
  useShortcutKey('l', () => setOpen(true), !open && hydrated && 'speechSynthesis' in window)
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

