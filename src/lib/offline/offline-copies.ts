import { paths } from '../../config/paths'

/**
 * The articles kept for reading without a connection: each one's page and its data file, in
 * one Cache Storage cache that the service worker (src/features/offline/service-worker.ts)
 * answers from when the network does not. The page writes it (on reading or saving an
 * article), the service worker also refreshes the page copy on each online visit.
 */
export const OFFLINE_ARTICLES_CACHE = 'broadsheet-articles'
/** Other data files the app fetched (list chunks, lookup and search shards), kept while they are in use. */
export const OFFLINE_DATA_CACHE = 'broadsheet-data'

/** Where an article's copies live: its page and the data the app reads it from. */
export type OfflineArticle = { slug: string; dataUrl: string }

export function offlineUrls({ slug, dataUrl }: OfflineArticle): [page: string, data: string] {
  return [paths.article(slug), dataUrl]
}

/**
 * Keeps copies of an article for offline reading, fetching only what is not kept yet. Best
 * effort: without Cache Storage (or with it full), the article is simply not kept, and the
 * reader's own data (highlights, saved) lives elsewhere and is untouched.
 */
export async function keepForOffline(article: OfflineArticle): Promise<boolean> {
  if (typeof caches === 'undefined') return false
  try {
    const cache = await caches.open(OFFLINE_ARTICLES_CACHE)
    await Promise.all(
      offlineUrls(article).map(async (url) => {
        if (!(await cache.match(url, { ignoreSearch: true }))) await cache.add(url)
      }),
    )
    return true
  } catch {
    return false
  }
}

/** The slugs of the articles kept for offline reading. */
export async function keptArticleSlugs(): Promise<string[]> {
  if (typeof caches === 'undefined') return []
  const cache = await caches.open(OFFLINE_ARTICLES_CACHE)
  const prefix = paths.article('')
  return (await cache.keys()).map((request) => new URL(request.url).pathname).filter((path) => path.startsWith(prefix)).map((path) => path.slice(prefix.length))
}

/**
 * Brings a kept article up to this edition: its page fetched again, its data at the address
 * this edition gives it, and the copies kept under its old slug or old data address dropped.
 */
export async function updateKeptArticle(keptSlug: string, current: OfflineArticle & { id: string }): Promise<void> {
  const cache = await caches.open(OFFLINE_ARTICLES_CACHE)
  const [page, dataUrl] = offlineUrls(current)
  await cache.add(new Request(page, { cache: 'no-cache' }))
  if (!(await cache.match(dataUrl))) await cache.add(dataUrl)
  if (keptSlug !== current.slug) await cache.delete(paths.article(keptSlug))
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname
    if (path !== dataUrl && isDataOf(current.id, path)) await cache.delete(request)
  }
}

/** Article data files are named `<id>.<content hash>.json`. */
function isDataOf(id: string, path: string): boolean {
  return path.startsWith('/data/') && path.slice(path.lastIndexOf('/') + 1).startsWith(`${id}.`)
}
