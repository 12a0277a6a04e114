import { createHash } from 'node:crypto'
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { extractEntities, type ArticleEntities, type ArticleText } from './extract-entities.ts'
import { installedVersion } from './package-version.ts'
import { askInBatches, startModuleWorker } from './run-worker.ts'

/**
 * Entity extraction is the costliest part of reading the articles (compromise, a few ms per
 * article), so large corpora are split across one worker thread per core, and what earlier
 * builds extracted is kept in `cacheDir`, by a hash of each article's text and of the
 * extractor's code: a rebuild after one article changed extracts that article alone.
 */
const PER_WORKER_MINIMUM = 500
/**
 * Articles a worker is handed at a time: a worker holds one batch, not half the corpus (handed
 * half each, extracting 100,000 articles raised the build's peak from 3.5 to 4.7 GB).
 */
const BATCH_SIZE = 1000

export type ExtractionReport = { extracted: number; reused: number }

/** An article's text, with its `textHash` (build-catalog.ts), which keys the cache in its paragraphs' stead. */
export type TextToExtract = ArticleText & { textHash: string }

export async function extractAllEntities(
  articles: readonly TextToExtract[],
  { cacheDir, report }: { cacheDir?: string | undefined; report?: ((counts: ExtractionReport) => void) | undefined } = {},
): Promise<ArticleEntities[]> {
  if (!cacheDir) return extractMany(articles)
  const code = extractorCode()
  const keys = articles.map((article) => cacheKey(code, article))
  const cache = readCache(cacheDir)
  const missing = articles.flatMap((article, position) => (cache.entities.has(keys[position] ?? '') ? [] : [{ article, position }]))
  const fresh = await extractMany(missing.map(({ article }) => article))
  const freshAt = new Map(missing.map(({ position }, index) => [position, fresh[index]]))
  const results = keys.map((key, position) => {
    const entities = cache.entities.get(key) ?? freshAt.get(position)
    if (!entities) throw new Error(`no entities for article ${position}: the extractor returned fewer than it was given`)
    return entities
  })
  writeCache(cacheDir, cache, keys, results)
  report?.({ extracted: missing.length, reused: articles.length - missing.length })
  return results
}

/**
 * A hash of the extractor's code and of every text the extractor reads, each with its length
 * so no two articles share a key; the paragraphs by their hash, made when the file was parsed
 * (hashing them here again was 1 s of a one-article rebuild at 100,000 articles).
 */
function cacheKey(code: string, { headline, dateline = '', caption = '', textHash }: TextToExtract): string {
  const hash = createHash('sha256').update(code)
  for (const text of [headline, dateline, caption, textHash]) hash.update(`${text.length}:`).update(text)
  return hash.digest('base64url')
}

async function extractMany(articles: readonly ArticleText[]): Promise<ArticleEntities[]> {
  const workers = Math.min(availableParallelism(), Math.floor(articles.length / PER_WORKER_MINIMUM))
  if (workers < 2) return extractEach(articles)
  // Two batches a worker at least, so one that is done early takes more of the rest.
  const size = Math.min(BATCH_SIZE, Math.ceil(articles.length / (2 * workers)))
  const start = () => startModuleWorker<readonly ArticleText[], ArticleEntities[]>(new URL(import.meta.url), 'extractEach')
  const answers = await askInBatches(Math.ceil(articles.length / size), workers, start, (batch) => articles.slice(batch * size, (batch + 1) * size))
  return answers.flat()
}

/** The extractor and its one package: a change to either extracts every article again. */
function extractorCode(): string {
  const source = readFileSync(new URL('./extract-entities.ts', import.meta.url))
  return createHash('sha256').update(source).update(`compromise@${installedVersion('compromise')}`).digest('hex')
}

/**
 * The cache is a folder of shards, by the first letter of the key: a rebuild after one article
 * changed rewrites the one or two shards its old and new keys are in, not all 100,000 entries
 * (2 s of such a rebuild). Each shard holds only this build's articles, so none grows without end.
 */
type Shard = { keys: string[]; entities: ArticleEntities[] }
type Cache = { entities: Map<string, ArticleEntities>; shardSizes: Map<string, number> }

const shardOf = (key: string) => key.slice(0, 1)
const SHARD_NAME = /^([A-Za-z0-9_-])\.json$/

/** An unreadable or malformed shard is no shard: the build extracts its articles again. */
function readCache(dir: string): Cache {
  const cache: Cache = { entities: new Map(), shardSizes: new Map() }
  for (const name of shardFiles(dir)) {
    const shard = SHARD_NAME.exec(name)?.[1]
    if (shard === undefined) continue
    try {
      const { keys, entities } = JSON.parse(readFileSync(path.join(dir, name), 'utf8')) as Shard
      if (!Array.isArray(keys) || !Array.isArray(entities) || keys.length !== entities.length) continue
      keys.forEach((key, index) => cache.entities.set(key, entities[index] as ArticleEntities))
      cache.shardSizes.set(shard, new Set(keys).size)
    } catch {
      // Left for writeCache to replace.
    }
  }
  return cache
}

/** The files in the cache folder, or none when there is no folder (a first build). */
function shardFiles(dir: string): string[] {
  try {
    return readdirSync(dir)
  } catch {
    return []
  }
}

/**
 * Writes again each shard whose keys differ from those read (an article added, changed or
 * gone), each whole and renamed into place, so a build stopped halfway leaves the old shard.
 */
function writeCache(dir: string, read: Cache, keys: readonly string[], entities: readonly ArticleEntities[]) {
  const shards = new Map<string, Map<string, ArticleEntities>>()
  keys.forEach((key, position) => {
    const name = shardOf(key)
    let shard = shards.get(name)
    if (!shard) shards.set(name, (shard = new Map<string, ArticleEntities>()))
    shard.set(key, entities[position] as ArticleEntities)
  })
  try {
    mkdirSync(dir, { recursive: true })
    for (const [name, shard] of shards) {
      // The same keys as read: a key names its shard, so they are the keys of this one.
      if (read.shardSizes.get(name) === shard.size && [...shard.keys()].every((key) => read.entities.has(key))) continue
      const file = path.join(dir, `${name}.json`)
      const partial = `${file}.${process.pid}.partial`
      writeFileSync(partial, JSON.stringify({ keys: [...shard.keys()], entities: [...shard.values()] } satisfies Shard))
      renameSync(partial, file)
    }
    for (const name of read.shardSizes.keys()) if (!shards.has(name)) rmSync(path.join(dir, `${name}.json`), { force: true })
  } catch {
    // A cache that cannot be written costs the next build time, not this one its result.
  }
}

/** Each article in turn, on this thread: a worker's share (exported for the worker thread, which loads this module). */
export function extractEach(articles: readonly ArticleText[]): ArticleEntities[] {
  return articles.map((article) => extractEntities(article))
}
