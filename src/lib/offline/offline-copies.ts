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

/** A kept article, and where this edition has it. */
export type KeptArticleMove = { keptSlug: string; current: OfflineArticle & { id: string } }

/**
 * Brings kept articles up to this edition: each one's data at the address this edition gives
 * it, its page under its new slug, and the copies under an old slug or data address dropped. A
 * page kept under the same slug is left: the service worker refetches every kept page when a
 * new edition activates.
 */
export async function moveKeptArticles(moves: readonly KeptArticleMove[]): Promise<void> {
  const cache = await caches.open(OFFLINE_ARTICLES_CACHE)
  const kept = new Set((await cache.keys()).map((request) => new URL(request.url).pathname))
  for (const { keptSlug, current } of moves) {
    for (const url of offlineUrls(current)) if (!kept.has(url)) await cache.add(url)
    if (keptSlug !== current.slug) await cache.delete(paths.article(keptSlug))
    const dataUrl = current.dataUrl
    for (const path of kept) if (path !== dataUrl && isDataOf(current.id, path)) await cache.delete(path)
  }
}

/** Article data files are named `<id>.<content hash>.json`. */
function isDataOf(id: string, path: string): boolean {
  return path.startsWith('/data/') && path.slice(path.lastIndexOf('/') + 1).startsWith(`${id}.`)
}
