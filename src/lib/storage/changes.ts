/**
 * Tells the app's other open tabs that stored data changed, so they show it without a
 * reload. One BroadcastChannel, opened on first use and in a browser only (an open channel
 * would keep a prerendering Node process alive).
 */
export type StoreName = 'highlights' | 'saved'

let channel: BroadcastChannel | undefined

function tabs(): BroadcastChannel | undefined {
  if (typeof window === 'undefined' || typeof BroadcastChannel === 'undefined') return undefined
  channel ??= new BroadcastChannel('broadsheet:changes')
  return channel
}

export function announceChange(store: StoreName) {
  tabs()?.postMessage(store)
}

/** Calls back when another tab stores a change (a channel never hears its own posts). */
export function onChangedElsewhere(store: StoreName, callback: () => void): () => void {
  const listening = tabs()
  const listener = (event: MessageEvent) => {
    if (event.data === store) callback()
  }
  listening?.addEventListener('message', listener)
  return () => {
    listening?.removeEventListener('message', listener)
  }
}
