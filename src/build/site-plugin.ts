import { readdirSync, rmSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import type { IncomingMessage, ServerResponse } from 'node:http'
import path from 'node:path'
import type { Plugin, ResolvedConfig, ViteDevServer } from 'vite'
import { formatProblem } from '../pipeline/build-catalog.ts'
import { buildSite, type SiteData } from '../pipeline/build-site.ts'
import type { ExtractionReport } from '../pipeline/extract-all-entities.ts'
import { writeCards } from '../pipeline/cards/card-files.ts'
import { ContentError, readCatalog } from '../pipeline/read-article-files.ts'
import { EDITION_FILE } from '../lib/edition/edition.ts'
import { buildCachePath } from './build-cache.ts'
import { canBuildIncrementally, contentHash, outputLedger } from './output-ledger.ts'

/**
 * The content pipeline (src/pipeline) as Vite sees it: the app learns where the edition's
 * data is from the `virtual:articles` module, the dev server answers data
 * requests from memory, and the build writes the data files beside the app.
 */
const VIRTUAL_ID = 'virtual:articles'
const RESOLVED_ID = `\0${VIRTUAL_ID}`
/** Files written at once; enough to keep the disk busy, few enough for any open-file limit. */
const PARALLEL_WRITES = 256
/** Cards drawn in earlier builds, by name: a rebuild draws only the cards whose words changed. */
const CARD_CACHE = 'node_modules/.cache/broadsheet-cards'
/** Warnings listed one by one before the rest are summed up. */
const MAX_WARNINGS_LISTED = 20

export type SiteSource = {
  /** The site, read and processed once per build (or again after an article file changed). */
  load: (options?: { fresh?: boolean }) => Promise<SiteData>
  articlesDir: string
  /** Vite's `base`, once its config is resolved. */
  base: string
}

// One load per folder, base and site URL for the whole process: the browser and server builds
// share it. On globalThis, because Vite evaluates its config afresh for each environment it builds.
const LOADED = Symbol.for('broadsheet:site-data')
const loaded = ((globalThis as Record<symbol, unknown>)[LOADED] ??= new Map()) as Map<string, Promise<SiteData>>

export function siteSource({ articlesDir, siteUrl }: { articlesDir: string; siteUrl: string }): SiteSource {
  const dir = path.resolve(articlesDir)
  return {
    articlesDir: dir,
    base: '/',
    load({ fresh = false } = {}) {
      const base = this.base
      const key = `${dir}\0${base}\0${siteUrl}`
      if (fresh) loaded.delete(key)
      let site = loaded.get(key)
      if (!site) {
        // The entities extracted in the last build of this folder: a rebuild extracts only what changed.
        const entityCacheDir = path.resolve(buildCachePath('entities', dir))
        // Its first format, one file beside that folder (56 MB at 100,000 articles), is not read any more.
        rmSync(`${entityCacheDir}.json`, { force: true })
        const onExtracted = ({ extracted, reused }: ExtractionReport) => {
          if (reused > 0) console.info(`entities: ${extracted} articles extracted, ${reused} from the last build`)
        }
        // And the entity pages' feeds: a rebuild writes only those whose newest articles changed.
        const feedCacheDir = path.resolve(buildCachePath('feeds', dir))
        site = Promise.resolve()
          .then(() => readCatalog(dir))
          .then((catalog) => buildSite(catalog, { base, siteUrl, entityCacheDir, onExtracted, feedCacheDir }))
        loaded.set(key, site)
        site.catch(() => loaded.delete(key))
      }
      return site
    },
  }
}

export function siteDataPlugin(site: SiteSource): Plugin {
  return {
    name: 'broadsheet:site-data',
    config(config) {
      // A folder built before (and not asked to be emptied) is updated in place: see output-ledger.ts.
      const outDir = path.resolve(config.root ?? '.', config.build?.outDir ?? 'dist')
      if (config.build?.emptyOutDir === undefined && canBuildIncrementally(outDir)) return { build: { emptyOutDir: false } }
      return undefined
    },
    configResolved(config) {
      site.base = config.base
    },
    async buildStart() {
      try {
        const isClient = this.environment.name === 'client'
        const { warnings } = await site.load({ fresh: isClient })
        // Once per build (both environments load the same site), and a summary past a screenful.
        if (!isClient) return
        for (const warning of warnings.slice(0, MAX_WARNINGS_LISTED)) this.warn(formatProblem(warning))
        const unlisted = warnings.length - MAX_WARNINGS_LISTED
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
    load(id) {
      if (id !== RESOLVED_ID) return undefined
      // The address of the edition's file, which names the data files: the app's code is the
      // same from one edition to the next, and so is every page whose own data did not change.
      return `export const editionUrl = ${JSON.stringify(`${site.base}${EDITION_FILE}`)}\n`
    },
    configurePreviewServer(server) {
      server.middlewares.use(serveAppForMalformedUrls)
    },
    configureServer(server) {
      server.middlewares.use(serveAppForMalformedUrls)
      server.watcher.add(site.articlesDir)
      const reload = (file: string) => {
        if (!file.startsWith(site.articlesDir)) return
        void reloadApp(server, () => site.load({ fresh: true }))
      }
      server.watcher.on('add', reload)
      server.watcher.on('change', reload)
      server.watcher.on('unlink', reload)
      server.middlewares.use((request, response, next) => {
        const url = request.url?.split('?')[0] ?? ''
        if (url.startsWith(`${site.base}cards/`)) {
          serveCard(url.slice(site.base.length), site, response).catch(next)
          return
        }
        if (!url.startsWith(`${site.base}data/`)) {
          serveDocument(url.slice(site.base.length - 1), site, response, next)
          return
        }
        site.load().then(
          ({ files }) => {
            // Entity pages' files are named by their (possibly non-Latin) slugs, sent percent-encoded.
            const json = (files.get(url) ?? files.get(decodeURI(url)))?.()
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
    async writeBundle(options, bundle) {
      // The data is the browser's; the server-side build only reads it.
      if (this.environment.name !== 'client') return
      const outDir = options.dir ?? path.resolve('dist')
      const ledger = outputLedger(outDir)
      // Vite writes its own files every build, whatever they hold.
      ledger.claim([...Object.keys(bundle), ...publicFiles(this.environment.config)])
      const { files, cards, documents } = await site.load()
      const started = performance.now()
      // Several pages may share a card; its name is a hash of what it shows.
      const cardFiles = new Map(cards.map((card) => [card.file, card]))
      const newCards = [...cardFiles.values()].filter((card) => !ledger.unchanged(card.file, card.file))
      const { drawn, reused } = await writeCards(newCards, { outDir, cacheDir: path.resolve(CARD_CACHE) })
      const kept = cardFiles.size - newCards.length
      this.environment.logger.info(`link-preview cards: ${drawn} drawn, ${reused} from earlier builds, ${kept} already in place, in ${Math.round(performance.now() - started)} ms`)
      // Data files are named by URL path (with the base) and by their content's hash, so a name
      // the folder has is that file unchanged: only the files written are made. Documents are
      // named by path in the folder ('/robots.txt'), and known by their version where they
      // have one (entity feeds), else by a hash of their text.
      const dataFiles = [...files].map(([urlPath, text]) => ({ name: urlPath.slice(site.base.length), text }))
      const documentFiles = [...documents].map(([documentPath, { text, version }]) => ({ name: documentPath.slice(1), text, version }))
      const changed = [...dataFiles.filter(({ name }) => !ledger.unchanged(name, name)), ...documentFiles.filter(({ name, text, version }) => !ledger.unchanged(name, version ?? contentHash(text())))]
      for (const folder of new Set(changed.map(({ name }) => path.dirname(path.join(outDir, name))))) await mkdir(folder, { recursive: true })
      // A few hundred at a time: one by one, 100,000 articles' files took minutes.
      for (let start = 0; start < changed.length; start += PARALLEL_WRITES) {
        await Promise.all(changed.slice(start, start + PARALLEL_WRITES).map(({ name, text }) => writeFile(path.join(outDir, name), text())))
      }
      const outputs = dataFiles.length + documentFiles.length
      this.environment.logger.info(`data files: ${changed.length} written, ${outputs - changed.length} unchanged`)
    },
  }
}

/** The files Vite copies from public/ into every build. */
function publicFiles({ publicDir, build }: ResolvedConfig): string[] {
  if (!publicDir || !build.copyPublicDir) return []
  try {
    return readdirSync(publicDir, { recursive: true, withFileTypes: true })
      .filter((entry) => entry.isFile())
      .map((entry) => path.relative(publicDir, path.join(entry.parentPath, entry.name)))
  } catch {
    return []
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

/** In the dev server, feeds, sitemaps and robots.txt come from memory, as the data files do; any other path goes on. */
function serveDocument(documentPath: string, site: SiteSource, response: ServerResponse, next: () => void) {
  site.load().then(({ documents }) => {
    // Entity pages' feeds are named by their (possibly non-Latin) slugs, sent percent-encoded.
    const document = documents.get(documentPath) ?? documents.get(decodeURI(documentPath))
    if (!document) {
      next()
      return
    }
    response.setHeader('Content-Type', document.type)
    response.end(document.text())
    // A content problem is shown by the app's error overlay, not by failing every request.
  }, () => next())
}

/** In the dev server, a card is drawn when asked for. */
async function serveCard(file: string, site: SiteSource, response: ServerResponse) {
  const { cards } = await site.load()
  const card = cards.find((candidate) => candidate.file === file)
  if (!card) {
    response.statusCode = 404
    response.end()
    return
  }
  const { renderCard } = await import('../pipeline/cards/render-card.ts')
  response.setHeader('Content-Type', 'image/png')
  response.end(await renderCard(card.content))
}

async function reloadApp(server: ViteDevServer, load: () => Promise<SiteData>) {
  const module = server.moduleGraph.getModuleById(RESOLVED_ID)
  if (module) server.moduleGraph.invalidateModule(module)
  try {
    await load()
    server.ws.send({ type: 'full-reload' })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    server.ws.send({ type: 'error', err: { message, stack: '', plugin: 'broadsheet:site-data' } })
  }
}
