import { createHash } from 'node:crypto'
import type { PageSpec } from '../pipeline/build-site.ts'
import type { TemplateOptions } from '../pipeline/page-document.ts'

/**
 * What names a prerendered page, so a rebuild renders and writes only the pages that changed:
 * the key of its rendering (the server build's code, its path and its data) and the hash of
 * the document it becomes (that rendering in the template, with its own head tags).
 */
export function pageKey(code: string, { path, data, dataVersion }: Pick<PageSpec, 'path' | 'data' | 'dataVersion'>): string {
  // A version is never JSON (it cannot start with `{`), so the two kinds of key never meet.
  return createHash('sha256').update(code).update(path).update('\0').update(dataVersion ?? JSON.stringify(data)).digest('base64url')
}

/** Every page's document is the same template filled in: a hash of it and how it is filled. */
export function templateKey(template: string, { inlineStyles, contentPolicy }: TemplateOptions): string {
  return createHash('sha256').update(template).update(JSON.stringify([...(inlineStyles ?? []), contentPolicy ?? null])).digest('base64url')
}

export function documentHash(templateKeyOfBuild: string, key: string, head: string): string {
  return createHash('sha256').update(templateKeyOfBuild).update(key).update(head).digest('base64url')
}
