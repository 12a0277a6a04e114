import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { renderPage } from '../app/render-page'
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
}

/** Files being written at once while the next pages render. */
const MAX_PENDING_WRITES = 64

export async function prerenderPages({ pages, outDir, template, templateOptions }: PrerenderJob): Promise<number> {
  const parts = parseTemplate(template, templateOptions)
  const writing = new Set<Promise<void>>()
  for (const page of pages) {
    const rendered = await renderPage(page.path, page.data)
    const head = `${rendered.head}\n    ${page.head}`
    const html = pageDocument(parts, { head, body: rendered.body, state: { path: page.path, router: rendered.routerState } })
    const target = path.join(outDir, page.file)
    const write = mkdir(path.dirname(target), { recursive: true }).then(() => writeFile(target, html))
    writing.add(write)
    const settle = () => writing.delete(write)
    // A failed write is reported by the await below, not here.
    write.then(settle, settle)
    if (writing.size >= MAX_PENDING_WRITES) await Promise.race(writing)
  }
  await Promise.all(writing)
  return pages.length
}
