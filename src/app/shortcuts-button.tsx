import { lazy, Suspense, useEffect, useState } from 'react'

// The list and its dialog load the first time someone asks for them.
const ShortcutsHelp = lazy(async () => ({ default: (await import('./shortcuts-help')).ShortcutsHelp }))

/** `?` anywhere (outside text fields), or this button, lists every keyboard shortcut. */
export function ShortcutsButton() {
  const [open, setOpen] = useState(false)

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== '?' || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      event.preventDefault()
      setOpen(true)
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [])

  return (
    <>
      <button type="button" onClick={() => setOpen(true)} className="text-sm text-muted underline underline-offset-2 hover:text-accent">
        Keyboard shortcuts
      </button>
      {open && (
        <Suspense>
          <ShortcutsHelp onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
