/**
 * Tells the app's other open tabs that stored data changed, so they show it without a
 * reload. One BroadcastChannel, opened on first use and in a browser only (an open channel
 * would keep a prerendering Node process alive).
 */
export type StoreName = 'highlights' | 'saved' | 'progress' | 'following'

let channel: BroadcastChannel | undefined
/** This tab's own listeners, for news that does not come from another tab (see announceHere). */
const here = new Set<(store: StoreName) => void>()

function tabs(): BroadcastChannel | undefined {
  if (typeof window === 'undefined' || typeof BroadcastChannel === 'undefined') return undefined
  channel ??= new BroadcastChannel('broadsheet:changes')
  return channel
}

export function announceChange(store: StoreName) {
  tabs()?.postMessage(store)
}

/**
 * Tells this tab's listeners that what it shows of `store` may be out of date although no
 * tab stored a change: storage that had failed has opened, or another tab upgraded it.
 */
export function announceHere(store: StoreName) {
  for (const listener of here) listener(store)
}

/**
 * Calls back when another tab stores a change (a channel never hears its own posts), and on
 * this tab's own announceHere.
 */
export function onChangedElsewhere(store: StoreName, callback: () => void): () => void {
  const listening = tabs()
  const listener = (event: MessageEvent) => {
    if (event.data === store) callback()
  }
  const local = (changed: StoreName) => {
    if (changed === store) callback()
  }
  listening?.addEventListener('message', listener)
  here.add(local)
  return () => {
    listening?.removeEventListener('message', listener)
    here.delete(local)
  }
}
