import { lazy, Suspense, useEffect, useRef, useState } from 'react'
import { useHydrated } from '../../lib/use-hydrated'
import { nextTextSize } from './reading-settings'
import { changeReadingSettings, currentReadingSettings } from './reading-settings-store'

// The panel loads the first time someone opens it.
const ReadingSettingsPanel = lazy(async () => ({ default: (await import('./reading-settings-panel')).ReadingSettingsPanel }))

/** "Reading settings" on the article page; `a` opens it too, `+` and `-` change the text size. */
export function ReadingSettingsButton() {
  const hydrated = useHydrated()
  const [open, setOpen] = useState(false)
  const button = useRef<HTMLButtonElement>(null)
  useReadingKeys(setOpen)

  return (
    <>
      <button
        ref={button}
        type="button"
        aria-haspopup="dialog"
        aria-expanded={open}
        disabled={!hydrated}
        onClick={() => {
          setOpen(!open)
        }}
        className="inline-flex items-center gap-1.5 rounded-md border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink aria-expanded:border-accent disabled:opacity-60"
      >
        <span aria-hidden="true" className="font-serif leading-none">
          Aa
        </span>
        Reading settings
      </button>
      {open && (
        <Suspense>
          <ReadingSettingsPanel
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

function useReadingKeys(setOpen: (update: (wasOpen: boolean) => boolean) => void) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      const step = event.key === '+' || event.key === '=' ? 1 : event.key === '-' ? -1 : 0
      if (event.key.toLowerCase() === 'a' && !event.shiftKey) setOpen((wasOpen) => !wasOpen)
      else if (step) {
        const settings = currentReadingSettings()
        changeReadingSettings({ ...settings, textSize: nextTextSize(settings.textSize, step) })
      } else return
      event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [setOpen])
}
