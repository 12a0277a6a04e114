import { createHash } from 'node:crypto'
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
  pages: readonly PageSpec[]
  outDir: string
  /** The built index.html, which every page fills in, and how (inline styles, content policy). */
  template: string
  templateOptions: TemplateOptions
  /**
   * Pages rendered by earlier builds, in `dir`, named by a hash of `code` (the server build)
   * and of the page's path and data: a page whose hash is there is not rendered again, only
   * put into the current template.
   */
  cache?: { dir: string; code: string }
  /**
   * What the last build wrote into `outDir`, by page file: a hash of each page's document
   * (see output-ledger.ts). A page whose hash is the same is neither rendered nor written.
   */
  written?: Record<string, string>
}

export type PrerenderReport = {
  rendered: number
  reused: number
  /** Pages left as the last build wrote them. */
  unchanged: number
  cacheFiles: string[]
  /** Each page's file and the hash of its document, for the output ledger. */
  outputs: [file: string, hash: string][]
}

/** What rendering a page gives, before it goes into the template. */
type RenderedParts = { head: string; body: string; router: RenderedPage['routerState'] }

/** Files being written at once while the next pages render. */
const MAX_PENDING_WRITES = 64

export async function prerenderPages({ pages, outDir, template, templateOptions, cache, written = {} }: PrerenderJob): Promise<PrerenderReport> {
  const templateParts = parseTemplate(template, templateOptions)
  const templateHash = createHash('sha256').update(template).update(JSON.stringify([...(templateOptions.inlineStyles ?? []), templateOptions.contentPolicy ?? null])).digest('base64url')
  const writing = new Set<Promise<unknown>>()
  const report: PrerenderReport = { rendered: 0, reused: 0, unchanged: 0, cacheFiles: [], outputs: [] }
  const track = (write: Promise<unknown>) => {
    writing.add(write)
    const settle = () => writing.delete(write)
    // A failed write is reported by the await below, not here.
    write.then(settle, settle)
  }
  for (const page of pages) {
    const key = pageKey(cache?.code ?? '', page)
    const cached = cache && path.join(cache.dir, `${key}.json`)
    if (cached) report.cacheFiles.push(path.basename(cached))
    // The document is the template filled in with the page's rendering (which its key names) and its own head.
    const outputHash = createHash('sha256').update(templateHash).update(key).update(page.head).digest('base64url')
    report.outputs.push([page.file, outputHash])
    if (written[page.file] === outputHash) {
      report.unchanged++
      continue
    }
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

function pageKey(code: string, page: PageSpec): string {
  return createHash('sha256').update(code).update(page.path).update('\0').update(JSON.stringify(page.data)).digest('base64url')
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
