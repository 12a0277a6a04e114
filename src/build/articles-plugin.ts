import { createHash } from 'node:crypto'
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import type { Plugin, ViteDevServer } from 'vite'
import type { Article, ArticleLink, ArticleList, ArticleLookupManifest, ArticleSummary } from '../lib/articles/article.ts'
import { articleText } from '../lib/articles/article-text.ts'
import { buildCatalog, formatProblem, type Catalog, type CatalogEntry } from '../features/articles/build-catalog.ts'
import { buildFacetData } from '../features/find/facets.ts'
import type { ArticleEntities } from '../features/find/extract-entities.ts'
import { extractAllEntities } from './extract-all-entities.ts'
import { lookupShards } from '../lib/articles/find-article.ts'
import { buildSearchIndex } from '../lib/search/build-search-index.ts'

/**
 * Turns the folder of raw article files into static JSON at build time: one small index
 * for the list and one body file per article, both with content hashes in their names so
 * hosts can cache them forever and a rebuild changes the URL. The app learns the index
 * URL from the `virtual:articles` module.
 */
const VIRTUAL_ID = 'virtual:articles'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
const DATA_DIR = 'data'
/** Summaries per list file: enough for a first screen, small enough to fetch as one scrolls. */
const LIST_CHUNK_SIZE = 100
/** Files written at once; enough to keep the disk busy, few enough for any open-file limit. */
const PARALLEL_WRITES = 256
/** Warnings listed one by one before the rest are summed up. */
const MAX_WARNINGS_LISTED = 20

/** A problem in the article files (as opposed to a bug in the build). */
class ContentError extends Error {
  override name = 'ContentError'
}

export type ArticleData = {
  catalog: Catalog
  listUrl: string
  lookupUrl: string
  /** URL path (from the site root, without base) → JSON text. */
  files: Map<string, string>
}

// One load per folder and base for the whole process: the browser and server builds share it.
// On globalThis, because Vite evaluates this config afresh for each environment it builds.
const LOADED = Symbol.for('broadsheet:article-data')
const loaded = ((globalThis as Record<symbol, unknown>)[LOADED] ??= new Map()) as Map<string, Promise<ArticleData>>

export function articlesPlugin({ dir }: { dir: string }): Plugin {
  const articlesDir = path.resolve(dir)
  let base = '/'
  const load = (fresh = false): Promise<ArticleData> => {
    const key = `${articlesDir}\0${base}`
    if (fresh) loaded.delete(key)
    let data = loaded.get(key)
    if (!data) {
      data = loadArticleData(articlesDir, base)
      loaded.set(key, data)
      data.catch(() => loaded.delete(key))
    }
    return data
  }

  return {
    name: 'broadsheet:articles',
    configResolved(config) {
      base = config.base
    },
    async buildStart() {
      try {
        const isClient = this.environment.name === 'client'
        const { catalog } = await load(isClient)
        // Once per build (both environments load the same articles), and a summary past a screenful.
        if (!isClient) return
        for (const warning of catalog.warnings.slice(0, MAX_WARNINGS_LISTED)) this.warn(formatProblem(warning))
        const unlisted = catalog.warnings.length - MAX_WARNINGS_LISTED
        if (unlisted > 0) this.warn(`…and ${unlisted} more ${unlisted === 1 ? 'warning' : 'warnings'} like these`)
      } catch (error) {
        // A content problem is the author's to fix, not a crash: show the message, not a stack.
        if (error instanceof ContentError) this.error({ message: error.message, stack: '' })
        throw error
      }
    },
    resolveId(id) {
      return id === VIRTUAL_ID ? RESOLVED_ID : undefined
    },
    async load(id) {
      if (id !== RESOLVED_ID) return undefined
      const { listUrl, lookupUrl } = await load()
      return `export const articleListUrl = ${JSON.stringify(listUrl)}\nexport const articleLookupUrl = ${JSON.stringify(lookupUrl)}\n`
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveAppForMalformedUrls)
    },
    configureServer(server) {
      server.middlewares.use(serveAppForMalformedUrls)
      server.watcher.add(articlesDir)
      const reload = (file: string) => {
        if (!file.startsWith(articlesDir)) return
        void reloadApp(server, () => load(true))
      }
      server.watcher.on('add', reload)
      server.watcher.on('change', reload)
      server.watcher.on('unlink', reload)
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0] ?? ''
        if (!url.startsWith(`${base}${DATA_DIR}/`)) {
          next()
          return
        }
        load().then(
          ({ files }) => {
            const json = files.get(url.slice(base.length - 1))
            if (json === undefined) {
              next()
              return
            }
            response.setHeader('Content-Type', 'application/json; charset=utf-8')
            response.end(json)
          },
          (error: unknown) => {
            next(error)
          },
        )
      })
    },
    async writeBundle(options) {
      // The data is the browser's; the server-side build only reads it.
      if (this.environment.name !== 'client') return
      const outDir = options.dir ?? path.resolve('dist')
      const { files } = await load()
      const folders = new Set([...files.keys()].map((urlPath) => path.dirname(path.join(outDir, urlPath))))
      for (const folder of folders) await mkdir(folder, { recursive: true })
      // A few hundred at a time: one by one, 100,000 articles' files took minutes.
      const entries = [...files]
      for (let start = 0; start < entries.length; start += PARALLEL_WRITES) {
        await Promise.all(entries.slice(start, start + PARALLEL_WRITES).map(([urlPath, json]) => writeFile(path.join(outDir, urlPath), json)))
      }
    },
  }
}

/**
 * Vite's servers answer a path with broken percent-encoding (`/articles/%E0%A4%A`) with an
 * empty 404. Hand it to the app instead, whose router shows its own not-found page.
 */
function serveAppForMalformedUrls(request: IncomingMessage, _response: ServerResponse, next: () => void) {
  try {
    decodeURI(request.url ?? '/')
  } catch {
    request.url = '/'
  }
  next()
}

async function reloadApp(server: ViteDevServer, load: () => Promise<ArticleData>) {
  const module = server.moduleGraph.getModuleById(RESOLVED_ID)
  if (module) server.moduleGraph.invalidateModule(module)
  try {
    await load()
    server.ws.send({ type: 'full-reload' })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'broadsheet:articles' } })
  }
}

export async function loadArticleData(articlesDir: string, base = '/'): Promise<ArticleData> {
  const catalog = buildCatalog(readArticleFiles(articlesDir))
  if (catalog.problems.length > 0) {
    const count = catalog.problems.length
    throw new ContentError(
      `Broadsheet cannot build: ${count} article file${count === 1 ? ' has a problem' : 's have problems'}:\n` +
        catalog.problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    )
  }

  const files = new Map<string, string>()
  const hashed = (name: string, json: string) => {
    const urlPath = `/${DATA_DIR}/${name}.${sha256(json).slice(0, 12)}.json`
    files.set(urlPath, json)
    return joinBase(base, urlPath)
  }

  const { entries } = catalog
  const extracted = await extractAllEntities(
    entries.map(({ summary, body }) => ({
      headline: summary.headline,
      paragraphs: body.paragraphs,
      ...(body.caption ? { caption: body.caption } : {}),
      ...(summary.dateline ? { dateline: summary.dateline } : {}),
    })),
  )
  const link = (entry: CatalogEntry | undefined): ArticleLink | undefined =>
    entry && { slug: entry.summary.slug, headline: entry.summary.headline }
  const articles: ArticleSummary[] = entries.map((entry, position) => {
    const previous = link(entries[position - 1])
    const next = link(entries[position + 1])
    const { quotes, ...entities } = extracted[position] ?? { people: [], places: [], organisations: [], quotes: [] }
    const article: Article = {
      ...entry.summary,
      ...entry.body,
      textHash: sha256(articleText(entry.body.paragraphs)).slice(0, 16),
      entities,
      quotes,
      ...(previous ? { previous } : {}),
      ...(next ? { next } : {}),
    }
    return { ...entry.summary, url: hashed(`articles/${entry.summary.id}`, JSON.stringify(article)) }
  })
  const find = writeFindData(entries, extracted, hashed)
  const chunks: string[] = []
  for (let start = 0; start < articles.length; start += LIST_CHUNK_SIZE) {
    chunks.push(hashed(`list/${start / LIST_CHUNK_SIZE}`, JSON.stringify(articles.slice(start, start + LIST_CHUNK_SIZE))))
  }
  const listUrl = hashed('list', JSON.stringify({ count: articles.length, chunkSize: LIST_CHUNK_SIZE, chunks, find } satisfies ArticleList))

  const manifest: ArticleLookupManifest = {}
  for (const [key, shard] of lookupShards(articles)) manifest[key] = hashed(`lookup/${key}`, JSON.stringify(shard))
  const lookupUrl = hashed('lookup', JSON.stringify(manifest))

  return { catalog, listUrl, lookupUrl, files }
}

/** The find worker's data: facets per article, and the sharded search index with its manifest. */
function writeFindData(entries: readonly CatalogEntry[], extracted: readonly ArticleEntities[], hashed: (name: string, json: string) => string) {
  const facets = buildFacetData(
    entries.map(({ summary }, position) => {
      const { people = [], places = [], organisations = [] } = extracted[position] ?? {}
      return { id: summary.id, date: summary.date, ...(summary.dateline ? { dateline: summary.dateline } : {}), people, places, organisations }
    }),
  )
  const search = buildSearchIndex(
    entries.map(({ summary, body }) => ({
      headline: summary.headline,
      dek: summary.dek,
      ...(body.caption ? { caption: body.caption } : {}),
      body: body.paragraphs.join('\n'),
    })),
  )
  const shardUrls: Record<string, string> = {}
  for (const [key, json] of search.shards) shardUrls[key] = hashed(`find/search/${fileSafe(key)}`, json)
  return {
    facetsUrl: hashed('find/facets', JSON.stringify(facets)),
    searchUrl: hashed('find/search', JSON.stringify({ ...search.manifest, shardUrls })),
  }
}

/** Shard keys are bits of words in any script (and `~` for typo shards): name files by code point. */
function fileSafe(key: string): string {
  return Array.from(key, (char) => char.codePointAt(0)?.toString(16)).join('-')
}

function readArticleFiles(articlesDir: string) {
  if (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory()) {
    throw new ContentError(`Broadsheet cannot build: the articles folder ${displayPath(articlesDir)} does not exist (set ARTICLES_DIR to a folder of .txt files)`)
  }
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = path.join(articlesDir, name)
      return { path: displayPath(file), source: readFileSync(file, 'utf8') }
    })
}

/** Relative to where the command runs when inside it, so messages read `src/content/…`. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') ? file : relative
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}

function joinBase(base: string, urlPath: string): string {
  return `${base.replace(/\/$/, '')}${urlPath}`
}
