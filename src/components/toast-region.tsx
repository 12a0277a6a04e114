import { useSyncExternalStore } from 'react'
import { currentToasts, dismissToast, subscribeToToasts, type Toast } from './toaster'

/** Where toasts appear; its code loads after the page, as toasts only follow the reader's actions. */
const noToasts: Toast[] = []

export function Toaster() {
  const current = useSyncExternalStore(subscribeToToasts, currentToasts, () => noToasts)
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4 print:hidden">
      <div role="status" aria-live="polite" className="flex flex-col items-center gap-2">
        {current.filter((toast) => toast.tone === 'info').map(renderToast)}
      </div>
      <div role="alert" className="flex flex-col items-center gap-2">
        {current.filter((toast) => toast.tone === 'error').map(renderToast)}
      </div>
    </div>
  )
}

function renderToast(toast: Toast) {
  const tone = toast.tone === 'error' ? 'border-accent' : 'border-rule'
  return (
    <div
      key={toast.id}
      className={`pointer-events-auto flex max-w-md items-center gap-4 rounded-lg border-l-4 ${tone} bg-ink px-4 py-3 text-sm text-canvas shadow-lg`}
    >
      <p>{toast.message}</p>
      {toast.action && (
        <button
          type="button"
          className="shrink-0 rounded px-2 py-1 font-semibold underline underline-offset-2 hover:no-underline"
          onClick={() => {
            toast.action?.run()
            dismissToast(toast.id)
          }}
        >
          {toast.action.label}
        </button>
      )}
      <button type="button" aria-label="Dismiss" className="shrink-0 rounded px-1 opacity-70 hover:opacity-100" onClick={() => {
          dismissToast(toast.id)
        }}>
        ✕
      </button>
    </div>
  )
}
