import { existsSync, readdirSync, readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Manifest, Plugin } from 'vite'
import type { PageData } from '../app/page-data.ts'
import type { RenderedPage, renderPage as RenderPage } from '../app/render-page.tsx'
import { headTags, scriptSafeJson, type PageMeta } from '../features/sharing/page-meta.ts'
import type { Article, ArticleList, ArticleSummary } from '../lib/articles/article.ts'

/**
 * After the browser build, renders every page to static HTML with React on the build
 * machine: `/`, one page per article, the highlights view's shell and `404.html`. Each
 * page carries its head tags (canonical URL, Open Graph, JSON-LD) and the state the
 * browser hydrates from, so links work on any static host, and before or without JavaScript.
 */
const SSR_ENTRY = 'src/app/render-page.tsx'
/** One server build per client output folder, so two builds at once never share one. */
const ssrOutDir = (clientOutDir: string) => `node_modules/.cache/broadsheet-ssr/${clientOutDir.replace(/[^A-Za-z0-9]+/g, '-')}`
const LAZY_ROUTES = { article: 'src/app/routes/article-route.tsx', highlights: 'src/features/highlights/highlights-page.tsx' }

type Page = { path: string; file: string; meta: PageMeta; preload?: string; data: PageData }

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
              rolldownOptions: { input: SSR_ENTRY, output: { entryFileNames: 'render-page.js' } },
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
        const ssrEntry = pathToFileURL(path.resolve(builder.config.root, ssrOut, 'render-page.js')).href
        const { renderPage } = (await import(ssrEntry)) as { renderPage: typeof RenderPage }
        const started = performance.now()
        const count = await prerender({ outDir, siteUrl, renderPage })
        builder.config.logger.info(`prerendered ${count} pages in ${Math.round(performance.now() - started)} ms (site URL ${siteUrl})`)
      },
    },
  }
}

async function prerender({ outDir, siteUrl, renderPage }: { outDir: string; siteUrl: string; renderPage: typeof RenderPage }) {
  const template = readFileSync(path.join(outDir, 'index.html'), 'utf8')
  const manifest = JSON.parse(readFileSync(path.join(outDir, '.vite/manifest.json'), 'utf8')) as Manifest
  const list = readJson(outDir, findListFile(outDir)) as ArticleList
  const summaries = list.chunks.flatMap((url) => readJson(outDir, url) as ArticleSummary[])
  const pages: Page[] = [
    {
      path: '/',
      file: 'index.html',
      data: { list: { manifest: list, firstChunk: summaries.slice(0, list.chunkSize) } },
      meta: {
        path: '/',
        title: 'Broadsheet',
        description:
          list.count > 0
            ? `The latest news, to read, highlight and share: ${list.count} ${list.count === 1 ? 'article' : 'articles'}, newest first.`
            : 'The latest news, to read, highlight and share.',
      },
    },
    {
      path: '/highlights',
      file: 'highlights/index.html',
      data: {},
      preload: LAZY_ROUTES.highlights,
      meta: { path: '/highlights', title: 'Your highlights', description: 'Passages you highlighted in Broadsheet, with your notes.', noindex: true },
    },
    {
      path: '/404',
      file: '404.html',
      data: {},
      meta: { path: '/404', title: 'Page not found', description: 'This page is not in Broadsheet.', noindex: true },
    },
  ]
  for (const summary of summaries) {
    const article = readJson(outDir, summary.url) as Article
    pages.push({
      path: `/articles/${summary.slug}`,
      // A folder with index.html: every static host serves it for the extensionless path.
      file: `articles/${summary.slug}/index.html`,
      data: { article: { article, url: summary.url } },
      preload: LAZY_ROUTES.article,
      meta: {
        path: `/articles/${summary.slug}`,
        title: article.headline,
        description: article.dek,
        article: { headline: article.headline, publishedDate: article.date, ...(article.dateline ? { dateline: article.dateline } : {}), wordCount: article.wordCount },
      },
    })
  }

  for (const page of pages) {
    const rendered = await renderPage(page.path, page.data)
    const html = pageHtml(template, rendered, page, siteUrl, preloadTags(manifest, page.preload, template))
    const target = path.join(outDir, page.file)
    await mkdir(path.dirname(target), { recursive: true })
    await writeFile(target, html)
  }
  return pages.length
}

function pageHtml(template: string, rendered: RenderedPage, page: Page, siteUrl: string, preloads: string): string {
  const state = [
    `window.__staticRouterHydrationData=${scriptSafeJson(rendered.routerState)}`,
    `window.__BROADSHEET_DATA__=${scriptSafeJson(page.data)}`,
    `window.__BROADSHEET_PAGE__=${scriptSafeJson(new URL(page.path, 'http://x').pathname)}`,
  ].join(';\n')
  return template
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace('</head>', `  ${rendered.head}\n    ${headTags(page.meta, siteUrl)}\n    ${preloads}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root">${rendered.body}</div>\n    <script>${state}</script>`)
}

/** Module preloads for a lazily loaded route, so hydration does not wait on a request chain. */
function preloadTags(manifest: Manifest, source: string | undefined, template: string): string {
  if (!source) return ''
  const files = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || files.has(chunk.file)) return
    files.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit(source)
  return [...files]
    .filter((file) => !template.includes(`/${file}"`))
    .map((file) => `<link rel="modulepreload" crossorigin href="/${file}">`)
    .join('\n    ')
}

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
