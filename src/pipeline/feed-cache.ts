import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { installedVersion } from './package-version.ts'
import type { FeedDocuments } from './site-feeds.ts'

/**
 * Entity pages' feeds written by earlier builds, one file per page's pair of feeds in `dir`,
 * named by a hash of everything they are made of: the code that writes them, the site's
 * address, the feed's subject and the versions (content-hashed data addresses) of the articles
 * it lists. A rebuild writes again only the feeds whose newest articles changed: at 10,000
 * articles, writing every entity page's feeds was 4.3 s of the pipeline's 8.8 s.
 */
export type FeedCache = {
  /**
   * The feeds for `key`: `write()`'s, kept for the next build, unless an earlier build kept them.
   * Their texts are read from the cache when asked for, not held: at 100,000 articles, 40,000
   * entity feeds are a few hundred MB, and a rebuild writes only a few of them.
   */
  feeds: (key: string, write: () => FeedDocuments) => CachedFeedTexts
  /** Deletes the entries this build did not ask for, so the cache holds one edition. */
  prune: () => void
}

export type CachedFeedTexts = { atom: () => string; json: () => string }

/** The feed-writing code: a change to any of it writes every feed again. */
const FEED_SOURCES = ['./site-feeds.ts', './page-meta.ts', '../lib/entities/entity.ts', '../config/paths.ts'].map((file) => new URL(file, import.meta.url))

export function feedCache(dir: string): FeedCache {
  mkdirSync(dir, { recursive: true })
  const used = new Set<string>()
  return {
    feeds(key, write) {
      const name = `${key}.json`
      used.add(name)
      const file = path.join(dir, name)
      if (!existsSync(file)) keep(file, write())
      // A damaged entry (or one deleted since) is written again.
      const feeds = () => readFeeds(file) ?? keep(file, write())
      return { atom: () => feeds().atom, json: () => feeds().json }
    },
    prune() {
      for (const name of readdirSync(dir)) if (!used.has(name)) rmSync(path.join(dir, name), { force: true })
    },
  }
}

/** By rename, so a build stopped halfway never leaves half an entry. */
function keep(file: string, feeds: FeedDocuments): FeedDocuments {
  const partial = `${file}.${process.pid}.partial`
  writeFileSync(partial, JSON.stringify(feeds))
  renameSync(partial, file)
  return feeds
}

let codeHash: string | undefined

/** The key of a feed made of these parts (its subject, the site's address, its articles' versions). */
export function feedKey(parts: readonly string[]): string {
  codeHash ??= hashOf(FEED_SOURCES.map((source) => readFileSync(source, 'utf8')).concat(`feed@${installedVersion('feed')}`))
  return hashOf([codeHash, ...parts])
}

function hashOf(parts: readonly string[]): string {
  const hash = createHash('sha256')
  for (const part of parts) hash.update(part).update('\0')
  return hash.digest('base64url')
}

function readFeeds(file: string): FeedDocuments | undefined {
  try {
    const feeds = JSON.parse(readFileSync(file, 'utf8')) as Partial<FeedDocuments> | null
    // Written by this code (its hash is in the name), so only a damaged file fails this check.
    if (typeof feeds?.atom !== 'string' || typeof feeds.json !== 'string') return undefined
    return { atom: feeds.atom, json: feeds.json }
  } catch {
    return undefined
  }
}
