import { useEffect, useRef } from 'react'

export type ShortcutSection = { title: string; shortcuts: readonly { keys: readonly string[]; description: string }[] }

/** The list of every keyboard shortcut, as a modal dialog; Escape closes it. */
export function ShortcutsDialog({ sections, onClose }: { sections: readonly ShortcutSection[]; onClose: () => void }) {
  const dialog = useRef<HTMLDialogElement>(null)

  useEffect(() => {
    dialog.current?.showModal()
  }, [])

  return (
    <dialog
        ref={dialog}
        aria-labelledby="shortcuts-title"
        onClose={onClose}
        className="m-auto max-h-[85dvh] w-[min(36rem,calc(100vw-2rem))] rounded-xl border border-rule bg-canvas p-6 text-ink shadow-2xl backdrop:bg-black/50"
      >
        <div className="flex items-start justify-between">
          <h2 id="shortcuts-title" className="font-serif text-2xl font-bold">
            Keyboard shortcuts
          </h2>
          <button type="button" onClick={() => dialog.current?.close()} className="rounded px-2 py-1 text-muted hover:text-ink" aria-label="Close">
            ✕
          </button>
        </div>
        {sections.map((section) => (
          <section key={section.title} className="mt-5">
            <h3 className="text-xs font-semibold tracking-wider text-muted uppercase">{section.title}</h3>
            <dl className="mt-2 grid grid-cols-[auto_1fr] gap-x-4 gap-y-2 text-sm">
              {section.shortcuts.map(({ keys, description }) => (
                <div key={description} className="contents">
                  <dt className="flex flex-wrap gap-1">
                    {keys.map((key) => (
                      <kbd key={key} className="rounded border border-rule bg-panel px-1.5 py-0.5 font-mono text-xs">
                        {key}
                      </kbd>
                    ))}
                  </dt>
                  <dd>{description}</dd>
                </div>
              ))}
            </dl>
          </section>
        ))}
      </dialog>
  )
}
