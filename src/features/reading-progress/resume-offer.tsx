import { useEffect, useId, useRef } from 'react'
import { useShortcutKey } from '../../lib/use-shortcut-key'

type Props = {
  percent: number
  onResume: () => void
  onDismiss: () => void
}

/**
 * "Continue where you left off": offered, never imposed. A card at the foot of the window
 * (it moves nothing on the page), which does not take focus; it goes when the reader
 * answers (`c` accepts from anywhere on the page), presses Escape in it, or reads on from
 * where they are.
 */
export function ResumeOffer({ percent, onResume, onDismiss }: Props) {
  const headingId = useId()
  useDismissWhenReadingOn(onDismiss)
  useShortcutKey('c', onResume)

  return (
    <section
      aria-labelledby={headingId}
      onKeyDown={(event) => {
        if (event.key === 'Escape') onDismiss()
      }}
      className="fixed inset-x-2 bottom-2 z-40 mx-auto flex max-w-md flex-wrap items-center gap-x-4 gap-y-2 rounded-lg border border-rule bg-panel px-4 py-3 text-sm shadow-lg sm:bottom-4 print:hidden"
    >
      <p id={headingId} role="status" className="flex-1">
        You stopped {percent}% of the way through.
      </p>
      <div className="flex gap-2">
        <button type="button" aria-keyshortcuts="c" onClick={onResume} className="rounded-md bg-ink px-3 py-1.5 font-semibold text-canvas hover:bg-accent">
          Continue reading
        </button>
        <button type="button" onClick={onDismiss} className="rounded-md border border-rule px-3 py-1.5 font-semibold hover:border-ink">
          Not now
        </button>
      </div>
    </section>
  )
}

/**
 * A reader who scrolls down a screen or more has chosen to read from where they are. Only
 * downward counts: focus moving to the header scrolls up, and is no choice.
 */
function useDismissWhenReadingOn(onDismiss: () => void) {
  const dismiss = useRef(onDismiss)
  useEffect(() => {
    dismiss.current = onDismiss
  })
  useEffect(() => {
    let highest = window.scrollY
    const onScroll = () => {
      highest = Math.min(highest, window.scrollY)
      if (window.scrollY - highest > window.innerHeight) dismiss.current()
    }
    window.addEventListener('scroll', onScroll, { passive: true })
    return () => {
      window.removeEventListener('scroll', onScroll)
    }
  }, [])
}

