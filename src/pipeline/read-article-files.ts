import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { buildCatalog, catalogOf, parseArticleFile, type ArticleFile, type Catalog, type ParsedFile } from './build-catalog.ts'
import { runModuleInWorker } from './run-worker.ts'

/** A problem in the article files (as opposed to a bug in the build): the author's to fix. */
export class ContentError extends Error {
  override name = 'ContentError'
}

/**
 * From this many files, the later half is read and parsed on another thread while this one
 * does the first: at 100,000 articles, reading and parsing was 5–6 s of a one-article rebuild
 * with the second core idle (the search index starts only once the catalog is made). Handed
 * over in one message: alternating batches of 1,000 took as long and left the main heap
 * 0.27 GB larger to the end of the build (peak 2.98–3.02 GB against 2.70, for reasons not found).
 */
const OWN_THREAD_MINIMUM = 2000

/** A file to read: where it is, and how messages name it. */
type ArticlePath = { file: string; path: string }

/** The catalog of the folder's `.txt` files. */
export async function readCatalog(articlesDir: string): Promise<Catalog> {
  const paths = articlePaths(articlesDir)
  if (paths.length < OWN_THREAD_MINIMUM) return buildCatalog(readEach(paths))
  const half = Math.ceil(paths.length / 2)
  const later = runModuleInWorker<ParsedFile[]>(new URL(import.meta.url), 'parseFilesAt', paths.slice(half))
  // Should this thread's half fail, that failure is the build's: not an unhandled rejection too.
  later.catch(() => undefined)
  const earlier = parseFilesAt(paths.slice(0, half))
  return catalogOf([...earlier, ...(await later)])
}

/** Reads and parses each file (exported for the worker thread, which loads this module). */
export function parseFilesAt(paths: readonly ArticlePath[]): ParsedFile[] {
  return Array.from(readEach(paths), parseArticleFile)
}

/**
 * Every `.txt` file of the folder, in name order (the number in the name orders the corpus),
 * each read when it is reached.
 */
export function readArticleFiles(articlesDir: string): Iterable<ArticleFile> {
  return readEach(articlePaths(articlesDir))
}

function articlePaths(articlesDir: string): ArticlePath[] {
  if (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory()) {
    throw new ContentError(`Broadsheet cannot build: the articles folder ${displayPath(articlesDir)} does not exist (set ARTICLES_DIR to a folder of .txt files)`)
  }
  return readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
    .map((name) => {
      const file = path.join(articlesDir, name)
      return { file, path: displayPath(file) }
    })
}

function readEach(paths: readonly ArticlePath[]): Iterable<ArticleFile> {
  return {
    *[Symbol.iterator]() {
      for (const { file, path } of paths) yield { path, source: readFileSync(file, 'utf8') }
    },
  }
}

/** Relative to where the command runs when inside it, so messages read `src/content/…`. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') ? file : relative
}
