import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { availableParallelism } from 'node:os'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Plugin } from 'vite'
import type { ArticleList, ArticleSummary } from '../lib/articles/article.ts'
import type { PageJob, PrerenderContext } from './prerender-pages.ts'
import { runWorker } from './run-worker.ts'

/**
 * After the browser build, renders every page to static HTML with React on the build
 * machine: `/`, one page per article, the highlights view's shell and `404.html`. Each
 * page carries its head tags (canonical URL, Open Graph, JSON-LD) and the state the
 * browser hydrates from, so links work on any static host, and before or without JavaScript.
 */
const SSR_ENTRY = 'src/build/prerender-pages.ts'
/** One server build per client output folder, so two builds at once never share one. */
const ssrOutDir = (clientOutDir: string) => `node_modules/.cache/broadsheet-ssr/${clientOutDir.replace(/[^A-Za-z0-9]+/g, '-')}`

export function prerenderPlugin({ siteUrl }: { siteUrl: string }): Plugin {
  let ssrOut = ssrOutDir('dist')
  return {
    name: 'broadsheet:prerender',
    config(config) {
      ssrOut = ssrOutDir(config.build?.outDir ?? 'dist')
      return {
        // Declaring a builder makes `vite build` build every environment through buildApp.
        builder: {},
        build: { manifest: true },
        environments: {
          ssr: {
            build: {
              outDir: ssrOut,
              emptyOutDir: true,
              copyPublicDir: false,
              manifest: false,
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
        await builder.build(client)
        await builder.build(ssr)
        const outDir = path.resolve(builder.config.root, client.config.build.outDir)
        const entry = pathToFileURL(path.resolve(builder.config.root, ssrOut, 'prerender-pages.js')).href
        const started = performance.now()
        const count = await prerender({ outDir, siteUrl, entry })
        builder.config.logger.info(`prerendered ${count} pages in ${Math.round(performance.now() - started)} ms (site URL ${siteUrl})`)
      },
    },
  }
}

/**
 * Renders every page, split across one worker thread per core: a site of 100,000 articles
 * is mostly this step. Each worker loads the server bundle's prerender-pages module.
 */
async function prerender({ outDir, siteUrl, entry }: { outDir: string; siteUrl: string; entry: string }) {
  const template = readFileSync(path.join(outDir, 'index.html'), 'utf8')
  const listUrl = findListFile(outDir)
  const list = readJson(outDir, listUrl) as ArticleList
  const articles = list.chunks.flatMap((url) =>
    (readJson(outDir, url) as ArticleSummary[]).map(({ slug, url: articleUrl }): PageJob => ({ kind: 'article', slug, url: articleUrl })),
  )
  const jobs: PageJob[] = [{ kind: 'home' }, { kind: 'highlights' }, { kind: 'not-found' }, ...articles]
  const context: PrerenderContext = {
    outDir,
    siteUrl,
    template,
    listUrl,
  }
  const workers = Math.max(1, Math.min(availableParallelism(), Math.ceil(jobs.length / 200)))
  const slices = Array.from({ length: workers }, (_, index) => jobs.filter((_, position) => position % workers === index))
  const counts = await Promise.all(slices.map((jobs) => runWorker<number>(WORKER_SOURCE, { entry, jobs, context })))
  return counts.reduce((sum, count) => sum + count, 0)
}

// CommonJS, as eval workers are; it imports the ES module the server build wrote.
const WORKER_SOURCE = `
const { parentPort, workerData } = require('node:worker_threads')
import(workerData.entry)
  .then((module) => module.prerenderPages(workerData.jobs, workerData.context))
  .then((count) => parentPort.postMessage(count))
`

function findListFile(outDir: string): string {
  const dataDir = path.join(outDir, 'data')
  const name = existsSync(dataDir) ? readdirSync(dataDir).find((file) => /^list\.[0-9a-f]+\.json$/.test(file)) : undefined
  if (!name) throw new Error(`prerender: no article list in ${dataDir}`)
  return `/data/${name}`
}

function readJson(outDir: string, urlPath: string): unknown {
  return JSON.parse(readFileSync(path.join(outDir, urlPath), 'utf8'))
}

function safeDecode(pathname: string): string {
  try {
    return decodeURIComponent(pathname)
  } catch {
    return pathname
  }
}
