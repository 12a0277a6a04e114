import { createHash } from 'node:crypto'
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { extractEntities, type ArticleEntities, type ArticleText } from './extract-entities.ts'
import { installedVersion } from './package-version.ts'
import { askInBatches, startModuleWorker } from './run-worker.ts'

/**
 * Entity extraction is the costliest part of reading the articles (compromise, a few ms per
 * article), so large corpora are split across one worker thread per core, and what earlier
 * builds extracted is kept in `cacheFile`, by a hash of each article's text and of the
 * extractor's code: a rebuild after one article changed extracts that article alone.
 */
const PER_WORKER_MINIMUM = 500
/**
 * Articles a worker is handed at a time: a worker holds one batch, not half the corpus (handed
 * half each, extracting 100,000 articles raised the build's peak from 3.5 to 4.7 GB).
 */
const BATCH_SIZE = 1000

export type ExtractionReport = { extracted: number; reused: number }

export async function extractAllEntities(
  articles: readonly ArticleText[],
  { cacheFile, report }: { cacheFile?: string | undefined; report?: ((counts: ExtractionReport) => void) | undefined } = {},
): Promise<ArticleEntities[]> {
  if (!cacheFile) return extractMany(articles)
  const code = extractorCode()
  const keys = articles.map((article) => createHash('sha256').update(code).update(JSON.stringify(article)).digest('base64url'))
  const cached = readCache(cacheFile)
  const missing = articles.flatMap((article, position) => (cached.has(keys[position] ?? '') ? [] : [{ article, position }]))
  const fresh = await extractMany(missing.map(({ article }) => article))
  const freshAt = new Map(missing.map(({ position }, index) => [position, fresh[index]]))
  const results = keys.map((key, position) => {
    const entities = cached.get(key) ?? freshAt.get(position)
    if (!entities) throw new Error(`no entities for article ${position}: the extractor returned fewer than it was given`)
    return entities
  })
  // Only this build's articles: the cache holds one corpus and does not grow without end.
  // Nothing new and nothing gone: the file holds that already (1–2 s to write at 100,000).
  if (missing.length > 0 || cached.size !== new Set(keys).size) writeCache(cacheFile, keys, results)
  report?.({ extracted: missing.length, reused: articles.length - missing.length })
  return results
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

type CacheFile = { keys: readonly string[]; entities: readonly ArticleEntities[] }

/** An unreadable or malformed cache is no cache: the build extracts everything again. */
function readCache(file: string): Map<string, ArticleEntities> {
  try {
    const { keys, entities } = JSON.parse(readFileSync(file, 'utf8')) as CacheFile
    if (!Array.isArray(keys) || !Array.isArray(entities) || keys.length !== entities.length) return new Map()
    return new Map<string, ArticleEntities>(keys.map((key, index) => [key, entities[index] as ArticleEntities] as const))
  } catch {
    return new Map()
  }
}

/** Written whole and renamed into place, so a build stopped halfway leaves the old cache. */
function writeCache(file: string, keys: readonly string[], entities: readonly ArticleEntities[]) {
  try {
    mkdirSync(path.dirname(file), { recursive: true })
    const partial = `${file}.${process.pid}.partial`
    writeFileSync(partial, JSON.stringify({ keys, entities } satisfies CacheFile))
    renameSync(partial, file)
  } catch {
    // A cache that cannot be written costs the next build time, not this one its result.
  }
}

/** Each article in turn, on this thread: a worker's share (exported for the worker thread, which loads this module). */
export function extractEach(articles: readonly ArticleText[]): ArticleEntities[] {
  return articles.map((article) => extractEntities(article))
}
