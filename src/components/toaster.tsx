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

export function subscribeToToasts(listener: () => void) {
  listeners.add(listener)
  return () => {
    listeners.delete(listener)
  }
}

export function currentToasts(): Toast[] {
  return toasts
}
