/// <reference lib="webworker" />
import { CacheFirst, ExpirationPlugin, Serwist, type PrecacheEntry, type RouteHandlerCallbackOptions } from 'serwist'
import { OFFLINE_ARTICLES_CACHE, OFFLINE_DATA_CACHE } from '../../lib/offline/offline-copies'

/**
 * The service worker (decision record 005), built to /sw.js after the pages are prerendered
 * (src/build/service-worker-plugin.ts), which also fills in the precache list: the app's code
 * and styles, the list, the highlights page, the offline page and the list's and lookup's
 * manifests. Never the corpus: articles are kept one by one as they are read or saved.
 *
 * A new build installs beside the running one and waits; the page offers "A new edition is
 * available — Reload" and sends SKIP_WAITING when the reader takes it (Serwist listens for it).
 */
declare const self: ServiceWorkerGlobalScope & { __SW_MANIFEST: (PrecacheEntry | string)[] | undefined }

const OFFLINE_PAGE = '/offline'
/** Data files other than kept articles: enough for a reader's browsing, pruned oldest first. */
const MAX_DATA_FILES = 300

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  precacheOptions: { cleanupOutdatedCaches: true },
  // A page already open keeps the edition it started with until its reader reloads.
  skipWaiting: false,
  // The first visit's page is looked after at once, so it can go offline without a reload.
  clientsClaim: true,
  disableDevLogs: true,
  runtimeCaching: [
    { matcher: ({ request }) => request.mode === 'navigate', handler: pageFromNetworkElseKept },
    { matcher: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/data/'), handler: dataFromKeptElseCache() },
  ],
})
serwist.addEventListeners()

// A kept page names the code of the edition it was kept under, which this edition's precache
// no longer holds: fetch each one again as this edition renders it. Not awaited by activation
// (the reader who took the new edition is waiting for it), and best effort: offline, the old
// copy stays and still reads.
self.addEventListener('activate', () => {
  void refreshKeptPages()
})

async function refreshKeptPages() {
  const cache = await caches.open(OFFLINE_ARTICLES_CACHE)
  for (const request of await cache.keys()) {
    const { pathname } = new URL(request.url)
    if (!pathname.startsWith('/articles/')) continue
    try {
      const response = await fetch(pathname, { cache: 'no-cache' })
      if (response.ok && !response.redirected) await cache.put(pathname, response)
    } catch {
      return
    }
  }
}

/**
 * A page not in the precache (an article): the network's copy, kept when it is an article so
 * its newest copy is there offline; without a network, the kept copy, a precached page at the
 * same path (the list for `/?q=…`), or the page saying this one needs a connection.
 */
async function pageFromNetworkElseKept({ request, url }: RouteHandlerCallbackOptions): Promise<Response> {
  try {
    const response = await fetch(request)
    if (response.ok && !response.redirected && url.pathname.startsWith('/articles/')) {
      const copy = response.clone()
      void caches.open(OFFLINE_ARTICLES_CACHE).then((cache) => cache.put(url.pathname, copy)).catch(() => undefined)
    }
    return response
  } catch (error) {
    const kept = await caches.match(url.pathname, { cacheName: OFFLINE_ARTICLES_CACHE })
    const fallback = kept ?? (await serwist.matchPrecache(url.pathname)) ?? (await serwist.matchPrecache(OFFLINE_PAGE))
    if (fallback) return fallback
    throw error
  }
}

/** Data files carry content hashes: a kept article's data first, then any copy, then the network. */
function dataFromKeptElseCache() {
  const cacheFirst = new CacheFirst({
    cacheName: OFFLINE_DATA_CACHE,
    plugins: [new ExpirationPlugin({ maxEntries: MAX_DATA_FILES, purgeOnQuotaError: true })],
  })
  return async (options: RouteHandlerCallbackOptions): Promise<Response> => {
    const kept = await caches.match(options.request, { cacheName: OFFLINE_ARTICLES_CACHE })
    return kept ?? cacheFirst.handle(options)
  }
}
