import { buildSearchIndex, type BuiltSearchIndex, type SearchDocFields } from './build-search-index.ts'
import { runModuleInWorker } from './run-worker.ts'

/**
 * The search index reads every word of every article and needs nothing else the build makes,
 * so a large corpus has it built on another core while this one does the rest: at 100,000
 * articles it was a fifth of a rebuild, and its garbage a good part of the collector's work.
 */
const OWN_THREAD_MINIMUM = 2000

/** What the index reads of one article; the body is joined on the thread that indexes it. */
export type SearchText = { headline: string; dek: string; caption?: string; paragraphs: readonly string[] }

export function buildSearchIndexAside(articles: readonly SearchText[]): Promise<BuiltSearchIndex> {
  if (articles.length < OWN_THREAD_MINIMUM) return Promise.resolve(indexText(articles))
  return runModuleInWorker<BuiltSearchIndex>(new URL(import.meta.url), 'indexText', articles)
}

export function indexText(articles: readonly SearchText[]): BuiltSearchIndex {
  return buildSearchIndex(searchDocs(articles))
}

/** One at a time, so the joined bodies never all exist at once. */
function* searchDocs(articles: readonly SearchText[]): Generator<SearchDocFields> {
  for (const { paragraphs, ...fields } of articles) yield { ...fields, body: paragraphs.join('\n') }
}

