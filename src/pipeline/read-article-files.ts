import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { ArticleFile } from './build-catalog.ts'

/** A problem in the article files (as opposed to a bug in the build): the author's to fix. */
export class ContentError extends Error {
  override name = 'ContentError'
}

/**
 * Every `.txt` file of the folder, in name order (the number in the name orders the corpus),
 * each read when it is reached: the build parses one and lets its text go before reading the
 * next, rather than holding a whole corpus of raw text (at 100,000 articles, half a gigabyte
 * the garbage collector went through again and again).
 */
export function readArticleFiles(articlesDir: string): Iterable<ArticleFile> {
  if (!existsSync(articlesDir) || !statSync(articlesDir).isDirectory()) {
    throw new ContentError(`Broadsheet cannot build: the articles folder ${displayPath(articlesDir)} does not exist (set ARTICLES_DIR to a folder of .txt files)`)
  }
  const names = readdirSync(articlesDir)
    .filter((name) => name.endsWith('.txt'))
    .sort()
  return {
    *[Symbol.iterator]() {
      for (const name of names) {
        const file = path.join(articlesDir, name)
        yield { path: displayPath(file), source: readFileSync(file, 'utf8') }
      }
    },
  }
}

/** Relative to where the command runs when inside it, so messages read `src/content/…`. */
function displayPath(file: string): string {
  const relative = path.relative(process.cwd(), file)
  return relative.startsWith('..') ? file : relative
}
