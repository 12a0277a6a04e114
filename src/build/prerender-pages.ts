import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import type { PageData } from '../app/page-data'
import { renderPage, type RenderedPage } from '../app/render-page'
import { headTags, scriptSafeJson, type PageMeta } from '../features/sharing/page-meta'
import type { Article, ArticleList, ArticleSummary } from '../lib/articles/article'

/**
 * Renders pages to static HTML files. Built into the server bundle beside render-page, so
 * that worker threads (plain JavaScript, one per core) can run it on slices of the site.
 */
export type PageJob = { kind: 'home' } | { kind: 'highlights' } | { kind: 'not-found' } | { kind: 'article'; slug: string; url: string }

export type PrerenderContext = {
  outDir: string
  siteUrl: string
  /** The built index.html, which every page fills in. */
  template: string
  /** URL of the list manifest, for the home page's data. */
  listUrl: string
}

type Page = { path: string; file: string; meta: PageMeta; data: PageData }

export async function prerenderPages(jobs: readonly PageJob[], context: PrerenderContext): Promise<number> {
  // Rendering is the work; each page's file is written while the next pages render.
  const writing = new Set<Promise<void>>()
  for (const job of jobs) {
    const page = describePage(job, context)
    const html = pageHtml(context.template, await renderPage(page.path, page.data), page, context.siteUrl)
    const target = path.join(context.outDir, page.file)
    const write = mkdir(path.dirname(target), { recursive: true }).then(() => writeFile(target, html))
    writing.add(write)
    const settle = () => writing.delete(write)
    // A failed write is reported by the await below, not here.
    write.then(settle, settle)
    if (writing.size >= MAX_PENDING_WRITES) await Promise.race(writing)
  }
  await Promise.all(writing)
  return jobs.length
}

const MAX_PENDING_WRITES = 64

function describePage(job: PageJob, { outDir, listUrl }: PrerenderContext): Page {
  switch (job.kind) {
    case 'home': {
      const list = readJson(outDir, listUrl) as ArticleList
      const [firstUrl] = list.chunks
      const firstChunk = firstUrl ? (readJson(outDir, firstUrl) as ArticleSummary[]) : []
      const articles = `${list.count} ${list.count === 1 ? 'article' : 'articles'}`
      return {
        path: '/',
        file: 'index.html',
        data: { list: { manifest: list, firstChunk } },
        meta: { path: '/', title: 'Broadsheet', description: `The latest news, to read, highlight and share${list.count > 0 ? `: ${articles}, newest first` : ''}.` },
      }
    }
    case 'highlights':
      return {
        path: '/highlights',
        file: 'highlights/index.html',
        data: {},
        meta: { path: '/highlights', title: 'Your highlights', description: 'Passages you highlighted in Broadsheet, with your notes.', noindex: true },
      }
    case 'not-found':
      return { path: '/404', file: '404.html', data: {}, meta: { path: '/404', title: 'Page not found', description: 'This page is not in Broadsheet.', noindex: true } }
    case 'article': {
      const article = readJson(outDir, job.url) as Article
      return {
        path: `/articles/${job.slug}`,
        // A folder with index.html: every static host serves it for the extensionless path.
        file: `articles/${job.slug}/index.html`,
        data: { article: { article, url: job.url } },
        meta: {
          path: `/articles/${job.slug}`,
          title: article.headline,
          description: article.dek,
          article: { headline: article.headline, publishedDate: article.date, ...(article.dateline ? { dateline: article.dateline } : {}), wordCount: article.wordCount },
        },
      }
    }
  }
}

// No module preloads for the lazily loaded routes: measured, they delay the first paint on a
// slow connection (Lighthouse mobile: 0.91–0.94 with, 0.96 without) more than they speed up hydration.
function pageHtml(template: string, rendered: RenderedPage, page: Page, siteUrl: string): string {
  const state = [
    `window.__staticRouterHydrationData=${scriptSafeJson(rendered.routerState)}`,
    `window.__BROADSHEET_DATA__=${scriptSafeJson(page.data)}`,
    `window.__BROADSHEET_PAGE__=${scriptSafeJson(new URL(page.path, 'http://x').pathname)}`,
  ].join(';\n')
  return template
    .replace(/<title>[\s\S]*?<\/title>\s*/, '')
    .replace(/<meta name="description"[^>]*>\s*/, '')
    .replace('</head>', `  ${rendered.head}\n    ${headTags(page.meta, siteUrl)}\n  </head>`)
    .replace('<div id="root"></div>', `<div id="root">${rendered.body}</div>\n    <script>${state}</script>`)
}

function readJson(outDir: string, urlPath: string): unknown {
  return JSON.parse(readFileSync(path.join(outDir, urlPath), 'utf8'))
}
