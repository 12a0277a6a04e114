import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderPage, type RenderedPage } from '../app/render-page'
import type { PageSpec } from '../pipeline/build-site'
import { pageDocument, parseTemplate, type TemplateOptions } from '../pipeline/page-document'

/**
 * Renders pages to static HTML files: the server build's entry, run by worker threads (one
 * per core) on slices of the site.
 */
export type PrerenderJob = {
  /** The pages to render and write, each with its key (see page-keys.ts): the others are in place. */
  pages: readonly KeyedPage[]
  outDir: string
  /** The built index.html, which every page fills in, and how (inline styles, content policy). */
  template: string
  templateOptions: TemplateOptions
  /**
   * Pages rendered by earlier builds, in `dir`, named by their keys: a page whose key is
   * there is not rendered again, only put into the current template.
   */
  cacheDir?: string
}

/** A page with its head tags made (see PageSpec), as a worker is sent it. */
export type KeyedPage = { page: Omit<PageSpec, 'head'> & { head: string }; key: string }

export type PrerenderReport = { rendered: number; reused: number }

/** What rendering a page gives, before it goes into the template. */
type RenderedParts = { head: string; body: string; router: RenderedPage['routerState'] }

/** Files being written at once while the next pages render. */
const MAX_PENDING_WRITES = 64

export async function prerenderPages({ pages, outDir, template, templateOptions, cacheDir }: PrerenderJob): Promise<PrerenderReport> {
  const templateParts = parseTemplate(template, templateOptions)
  const writing = new Set<Promise<unknown>>()
  const report: PrerenderReport = { rendered: 0, reused: 0 }
  const track = (write: Promise<unknown>) => {
    writing.add(write)
    const settle = () => writing.delete(write)
    // A failed write is reported by the await below, not here.
    write.then(settle, settle)
  }
  for (const { page, key } of pages) {
    const cached = cacheDir && path.join(cacheDir, `${key}.json`)
    let parts = cached ? await readParts(cached) : undefined
    if (parts) report.reused++
    else {
      const rendered = await renderPage(page.path, page.data)
      parts = { head: rendered.head, body: rendered.body, router: rendered.routerState }
      report.rendered++
      if (cached) track(writeFile(cached, JSON.stringify(parts)))
    }
    const html = pageDocument(templateParts, { head: `${parts.head}\n    ${page.head}`, body: parts.body, state: { path: page.path, router: parts.router } })
    const target = path.join(outDir, page.file)
    track(mkdir(path.dirname(target), { recursive: true }).then(() => writeFile(target, html)))
    if (writing.size >= MAX_PENDING_WRITES) await Promise.race(writing)
  }
  await Promise.all(writing)
  return report
}

/** A page's rendered parts from the cache; undefined when it is not there or is damaged. */
async function readParts(file: string): Promise<RenderedParts | undefined> {
  try {
    const parts = JSON.parse(await readFile(file, 'utf8')) as Partial<RenderedParts> | null
    // Written by this code (its hash is in the name), so only a damaged file fails these checks.
    if (typeof parts?.head !== 'string' || typeof parts.body !== 'string' || typeof parts.router !== 'object') return undefined
    return { head: parts.head, body: parts.body, router: parts.router }
  } catch {
    return undefined
  }
}
