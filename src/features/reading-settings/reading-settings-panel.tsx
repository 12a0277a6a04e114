import { useEffect, useRef } from 'react'
import { Choice } from '../../components/choice'
import { DEFAULT_READING_SETTINGS, READING_OPTIONS, type ReadingSettings } from './reading-settings'
import { changeReadingSettings, useReadingSettings } from './reading-settings-store'

/**
 * The reader's settings, beside the text they change: a non-modal panel, so every change
 * shows at once in the article behind it. Escape or Close puts it away.
 */
export function ReadingSettingsPanel({ onClose }: { onClose: () => void }) {
  const settings = useReadingSettings()
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    dialog.current?.show()
    dialog.current?.querySelector<HTMLInputElement>('input:checked')?.focus()
  }, [])

  const choose = <Name extends keyof ReadingSettings>(name: Name) => (value: ReadingSettings[Name]) => {
    changeReadingSettings({ ...settings, [name]: value })
  }

  return (
    <dialog
      ref={dialog}
      aria-labelledby="reading-settings-title"
      onClose={onClose}
      onKeyDown={(event) => {
        if (event.key !== 'Escape') return
        event.preventDefault()
        dialog.current?.close()
      }}
      className="fixed inset-x-2 top-auto bottom-2 z-40 m-0 ml-auto print:hidden max-h-[85dvh] w-auto overflow-y-auto rounded-xl border border-rule bg-canvas p-5 text-ink shadow-2xl sm:right-4 sm:bottom-4 sm:left-auto sm:w-[24rem]"
    >
      <div className="flex items-start justify-between gap-4">
        <h2 id="reading-settings-title" className="font-serif text-xl font-bold">
          Reading settings
        </h2>
        <button type="button" onClick={() => dialog.current?.close()} className="rounded px-2 py-1 text-sm text-muted hover:text-ink">
          Close
        </button>
      </div>
      <div className="mt-3 grid gap-4">
        <Choice legend="Text size" name="text-size" options={READING_OPTIONS.textSize} value={settings.textSize} onChange={choose('textSize')} />
        <Choice legend="Theme" name="theme" options={READING_OPTIONS.theme} value={settings.theme} onChange={choose('theme')} />
        <Choice legend="Typeface" name="typeface" options={READING_OPTIONS.typeface} value={settings.typeface} onChange={choose('typeface')} />
        <Choice legend="Line width" name="line-width" options={READING_OPTIONS.lineWidth} value={settings.lineWidth} onChange={choose('lineWidth')} />
        <Choice legend="Line spacing" name="line-spacing" options={READING_OPTIONS.lineSpacing} value={settings.lineSpacing} onChange={choose('lineSpacing')} />
      </div>
      <button
        type="button"
        onClick={() => {
          changeReadingSettings(DEFAULT_READING_SETTINGS)
        }}
        className="mt-4 text-sm text-muted underline underline-offset-2 hover:text-accent"
      >
        Back to the defaults
      </button>
    </dialog>
  )
}
