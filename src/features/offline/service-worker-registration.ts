import { whenIdle } from '../../lib/when-idle'
import { readerPause } from './reader-pause'

/**
 * Registers the service worker and reports a new edition (a newer build, installed and
 * waiting) to the page, which offers it; nothing here reloads a page its reader did not ask to.
 */
const SCRIPT_URL = '/sw.js'
/**
 * How long a reader leaves the page alone before the worker installs: an impatient reader
 * types a search in the first seconds, and an install (~100 files fetched and stored, on a
 * thread of its own) during those keystrokes made one of them wait 0.4 s on two cores.
 */
const INSTALL_AFTER_PAUSE_MS = 2000
/** A reader who keeps a tab open for days still hears of a new edition. */
const LOOK_FOR_A_NEW_EDITION_EVERY_MS = 60 * 60 * 1000

/** Takes the new edition: this tab reloads onto it, once the new worker is in charge. */
export type TakeNewEdition = () => void

export async function registerServiceWorker(onNewEdition: (take: TakeNewEdition) => void): Promise<void> {
  if (!('serviceWorker' in navigator)) return
  // Its first install fetches the app's code: not while the page itself is still starting,
  // nor while the reader is typing or scrolling.
  await afterLoadAndIdle()
  await readerPause(INSTALL_AFTER_PAUSE_MS)
  const container = navigator.serviceWorker
  const registration = await container.register(SCRIPT_URL)
  // Only an update is a new edition: the first worker is installed under a page that has no worker yet.
  const offer = (worker: ServiceWorker) => {
    if (container.controller) onNewEdition(() => takeEdition(worker))
  }
  if (registration.waiting) offer(registration.waiting)
  registration.addEventListener('updatefound', () => {
    const installing = registration.installing
    installing?.addEventListener('statechange', () => {
      if (installing.state === 'installed') offer(installing)
    })
  })
  const lookForUpdate = () => {
    if (document.visibilityState === 'visible' && navigator.onLine) registration.update().catch(() => undefined)
  }
  document.addEventListener('visibilitychange', lookForUpdate)
  setInterval(lookForUpdate, LOOK_FOR_A_NEW_EDITION_EVERY_MS)
}

function takeEdition(worker: ServiceWorker) {
  const reload = () => {
    window.location.reload()
  }
  // Another tab may have taken it already: then this one only needs to reload.
  if (worker.state === 'activated') {
    reload()
    return
  }
  navigator.serviceWorker.addEventListener('controllerchange', reload, { once: true })
  worker.postMessage({ type: 'SKIP_WAITING' })
}

function afterLoadAndIdle(): Promise<void> {
  const loaded =
    document.readyState === 'complete' ? Promise.resolve() : new Promise<void>((resolve) => window.addEventListener('load', () => resolve(), { once: true }))
  return loaded.then(
    () =>
      new Promise<void>((resolve) => {
        whenIdle(resolve)
      }),
  )
}
