import { createHash } from 'node:crypto'
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin } from 'vite'
import type { Rolldown } from 'vite'
import type { PageSpec } from '../pipeline/build-site.ts'
import { linkedStylesheets } from '../pipeline/page-document.ts'
import { askInBatches, startModuleWorker } from '../pipeline/run-worker.ts'
import { contentSecurityPolicy, headersFile } from './content-policy.ts'
import type { PrerenderJob, PrerenderReport } from './prerender-pages.ts'
import { routeScripts, writeRoutesReport } from './route-scripts.ts'
import type { SiteSource } from './site-plugin.ts'
import { buildCachePath } from './build-cache.ts'
import { outputLedger, type OutputLedger } from './output-ledger.ts'
import { documentHash, pageKey, templateKey } from './page-keys.ts'

/**
 * After the browser build, renders every page the pipeline lists to static HTML with React
 * on the build machine (decision record 004), so links work on any static host, and before
 * or without JavaScript. The pages come from the same in-memory site the data files do.
 */
const SSR_ENTRY = 'src/build/prerender-pages.ts'
/** One server build per client output folder, so two builds at once never share one. */
const ssrOutDir = (clientOutDir: string) => buildCachePath('ssr', clientOutDir)
/** Pages per worker below which another worker costs more than it saves. */
const PAGES_PER_WORKER = 200
/** Pages a worker is handed at a time: enough to keep it busy between batches, few enough to hold. */
const PAGES_PER_BATCH = 500

export function prerenderPlugin(site: SiteSource): Plugin {
  let ssrOut = ssrOutDir('dist')
  return {
    name: 'broadsheet:prerender',
    config(config) {
      ssrOut = ssrOutDir(config.build?.outDir ?? 'dist')
      return {
        // Declaring a builder makes `vite build` build every environment through buildApp.
        builder: {},
        environments: {
          ssr: {
            build: {
              outDir: ssrOut,
              emptyOutDir: true,
              copyPublicDir: false,
              rolldownOptions: { input: { 'prerender-pages': SSR_ENTRY }, output: { entryFileNames: '[name].js' } },
            },
          },
        },
      }
    },
    configurePreviewServer(server) {
      // Serve /articles/<slug> from articles/<slug>/index.html, as static hosts do; Vite's
      // preview would otherwise answer with the SPA fallback instead of the prerendered page.
      const outDir = path.resolve(server.config.root, server.config.build.outDir)
      server.middlewares.use((request, _response, next) => {
        const [pathname = '/', query] = (request.url ?? '/').split('?')
        const folderIndex = path.join(outDir, safeDecode(pathname), 'index.html')
        if (pathname !== '/' && !path.extname(pathname) && folderIndex.startsWith(outDir) && existsSync(folderIndex)) {
          request.url = `${pathname.replace(/\/$/, '')}/index.html${query ? `?${query}` : ''}`
        }
        next()
      })
    },
    buildApp: {
      order: 'post',
      async handler(builder) {
        const { client, ssr } = builder.environments
        if (!client || !ssr) throw new Error('prerender needs the client and ssr environments')
        const output = await builder.build(client)
        await builder.build(ssr)
        const outDir = path.resolve(builder.config.root, client.config.build.outDir)
        // What each page needs before it hydrates, for the budget test. Pages preload none of it:
        // measured, preloads cost the first paint more than they save the start-up after it.
        writeRoutesReport(client.config.build.outDir, routeScripts(singleOutput(output), builder.config.root))
        const entry = pathToFileURL(path.resolve(builder.config.root, ssrOut, 'prerender-pages.js')).href
        const started = performance.now()
        const { pages } = await site.load()
        const template = readFileSync(path.join(outDir, 'index.html'), 'utf8')
        const inlineStyles = stylesheets(template, outDir, client.config.base)
        const contentPolicy = contentSecurityPolicy(inlineStyles.values())
        writeFileSync(path.join(outDir, '_headers'), headersFile(contentPolicy))
        const templateOptions = { inlineStyles, contentPolicy }
        const cache = { dir: path.resolve(builder.config.root, pageCacheDir(client.config.build.outDir)), code: serverCode(path.resolve(builder.config.root, ssrOut)) }
        mkdirSync(cache.dir, { recursive: true })
        const ledger = outputLedger(outDir)
        // Vite's index.html is the template, written over by the list page: never take it as unchanged.
        ledger.claim(['index.html'])
        const { rendered, reused, unchanged } = await prerender(pages, { outDir, entry, template, templateOptions, cache, ledger })
        builder.config.logger.info(`prerendered ${pages.length} pages (${rendered} rendered, ${reused} from the page cache, ${unchanged} left as they were) in ${Math.round(performance.now() - started)} ms`)
        // Every writer into the folder is done (the service worker's step reads it): sweep what this edition no longer has.
        const { deleted } = ledger.finish()
        if (deleted > 0) builder.config.logger.info(`deleted ${deleted} files the last build made and this one did not`)
      },
    },
  }
}

/**
 * Renders the pages whose documents changed since the last build into this folder, on one
 * worker thread per core, PAGES_PER_BATCH at a time: a site of 100,000 articles is mostly this
 * step when built cold (handed their whole shares at once, the workers held a copy of every
 * article's text, and the build peaked at 9.5 GB). The others are only named, here, so a
 * rebuild hands the workers a few pages. Then drops from the cache the pages this build did not use.
 */
async function prerender(pages: readonly PageSpec[], { entry, ledger, cache, ...job }: Omit<PrerenderJob, 'pages' | 'cacheDir'> & { entry: string; cache: { dir: string; code: string }; ledger: OutputLedger }) {
  const templateKeyOfBuild = templateKey(job.template, job.templateOptions)
  const keyed = pages.map((page) => ({ page, key: pageKey(cache.code, page) }))
  const changed = keyed.filter(({ page, key }) => !ledger.unchanged(page.file, documentHash(templateKeyOfBuild, key, page.head())))
  // None when nothing changed: starting a worker loads the whole server build.
  const workers = Math.min(availableParallelism(), Math.ceil(changed.length / PAGES_PER_WORKER))
  const size = Math.max(1, Math.min(PAGES_PER_BATCH, Math.ceil(changed.length / Math.max(workers, 1))))
  // Head tags are made as each batch is sent (see PageSpec), so they are never all held at once.
  const batch = (index: number): PrerenderJob => ({
    ...job,
    cacheDir: cache.dir,
    pages: changed.slice(index * size, (index + 1) * size).map(({ page, key }) => ({ page: { ...page, head: page.head() }, key })),
  })
  const start = () => startModuleWorker<PrerenderJob, PrerenderReport>(new URL(entry), 'prerenderPages')
  const reports = await askInBatches(Math.ceil(changed.length / size), workers, start, batch)
  const used = new Set(keyed.map(({ key }) => `${key}.json`))
  for (const file of readdirSync(cache.dir)) if (!used.has(file)) rmSync(path.join(cache.dir, file), { force: true })
  const total = (count: (report: PrerenderReport) => number) => sum(reports.map(count))
  return { rendered: total((report) => report.rendered), reused: total((report) => report.reused), unchanged: pages.length - changed.length }
}

/** Pages rendered in the last build into each output folder. */
const pageCacheDir = (clientOutDir: string) => buildCachePath('pages', clientOutDir)

/** What every page's rendering depends on besides its own data: the server build's code (edition-free, see site-plugin.ts). */
function serverCode(serverOutDir: string): string {
  const hash = createHash('sha256')
  for (const file of readdirSync(serverOutDir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(serverOutDir, file)
    if (statSync(full).isFile()) hash.update(file).update(readFileSync(full))
  }
  return hash.digest('hex')
}

function sum(values: readonly number[]): number {
  return values.reduce((total, value) => total + value, 0)
}

/** The text of each stylesheet index.html links, by the address it links it with. */
function stylesheets(template: string, outDir: string, base: string): Map<string, string> {
  const styles = new Map<string, string>()
  for (const href of linkedStylesheets(template)) {
    styles.set(href, readFileSync(path.join(outDir, href.slice(base.length)), 'utf8'))
  }
  return styles
}

function singleOutput(output: Rolldown.RolldownOutput | Rolldown.RolldownOutput[] | Rolldown.RolldownWatcher): Rolldown.RolldownOutput {
  const first: Rolldown.RolldownOutput | Rolldown.RolldownWatcher | undefined = Array.isArray(output) ? output[0] : output
  if (first === undefined || !('output' in first)) throw new Error('prerender needs the browser build\'s output (not a watcher)')
  return first
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}
