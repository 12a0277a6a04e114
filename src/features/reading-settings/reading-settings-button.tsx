import { lazy, Suspense, useRef, useState } from 'react'
import { useHydrated } from '../../lib/use-hydrated'
import { useShortcutKey } from '../../lib/use-shortcut-key'
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
  const changeTextSize = (step: 1 | -1) => {
    const settings = currentReadingSettings()
    changeReadingSettings({ ...settings, textSize: nextTextSize(settings.textSize, step) })
  }
  useShortcutKey('a', () => {
    setOpen((wasOpen) => !wasOpen)
  })
  useShortcutKey('+', () => {
    changeTextSize(1)
  })
  // `+` without Shift, on keyboards where they share a key.
  useShortcutKey('=', () => {
    changeTextSize(1)
  })
  useShortcutKey('-', () => {
    changeTextSize(-1)
  })
}
