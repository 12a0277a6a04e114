import { lazy, Suspense, useEffect, useState } from 'react'

export type ShortcutSection = { title: string; shortcuts: readonly { keys: readonly string[]; description: string }[] }

// The dialog's code loads the first time someone asks for it.
const ShortcutsDialog = lazy(async () => ({ default: (await import('./shortcuts-dialog')).ShortcutsDialog }))

/** `?` anywhere (outside text fields), or this button, lists every keyboard shortcut. */
export function ShortcutsButton({ sections }: { sections: readonly ShortcutSection[] }) {
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
          <ShortcutsDialog sections={sections} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  )
}
