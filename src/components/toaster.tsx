import { useSyncExternalStore } from 'react'

/**
 * Short messages that confirm an action or report a failure, with at most one action
 * (Undo, Retry). Announced to screen readers: errors assertively, the rest politely.
 */
export type Toast = {
  id: number
  message: string
  tone: 'info' | 'error'
  action?: { label: string; run: () => void }
}

const DISMISS_AFTER_MS = { info: 6000, error: 12000 }
let toasts: Toast[] = []
let nextId = 1
const listeners = new Set<() => void>()

function publish(next: Toast[]) {
  toasts = next
  for (const listener of listeners) listener()
}

export function showToast(toast: Omit<Toast, 'id'>): number {
  const id = nextId++
  publish([...toasts.filter((existing) => existing.message !== toast.message), { ...toast, id }])
  setTimeout(() => {
    dismissToast(id)
  }, DISMISS_AFTER_MS[toast.tone])
  return id
}

export function dismissToast(id: number) {
  if (toasts.some((toast) => toast.id === id)) publish(toasts.filter((toast) => toast.id !== id))
}

function subscribe(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

const noToasts: Toast[] = []

export function Toaster() {
  const current = useSyncExternalStore(
    subscribe,
    () => toasts,
    () => noToasts,
  )
  return (
    <div className="pointer-events-none fixed inset-x-0 bottom-4 z-50 flex flex-col items-center gap-2 px-4">
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
