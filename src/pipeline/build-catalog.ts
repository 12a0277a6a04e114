import type { Article, ArticleSummary } from '../lib/articles/article.ts'
import { articleSlug, uniqueIdPrefixes } from '../lib/articles/article-slug.ts'
import { deriveDek, deriveHeadline } from './derive-headline.ts'
import { ArticleFormatError, parseArticle } from './parse-article.ts'
import { countWords, readingMinutes } from './reading-time.ts'

/** One raw file as the build found it; `path` is what messages show (relative to the repo). */
export type ArticleFile = { path: string; source: string }

export type CatalogEntry = {
  summary: Omit<ArticleSummary, 'url'>
  body: Pick<Article, 'caption' | 'paragraphs' | 'wordCount'>
}

/** `path:line: problem`, the shape editors and terminals turn into a link. */
export type FileProblem = { path: string; line?: number; problem: string }

export type Catalog = {
  /** Newest first; the corpus number breaks ties, higher (later) first. */
  entries: CatalogEntry[]
  problems: FileProblem[]
  warnings: FileProblem[]
}

const FILE_NAME = /^(\d+)_([0-9a-f]{16})\.txt$/

export function formatProblem({ path, line, problem }: FileProblem): string {
  return line === undefined ? `${path}: ${problem}` : `${path}:${line}: ${problem}`
}

/** Parses every file and reports every problem at once, so one build run shows them all. */
export function buildCatalog(files: Iterable<ArticleFile>): Catalog {
  const problems: FileProblem[] = []
  const warnings: FileProblem[] = []
  const parsed: { order: number; id: string; path: string; article: ReturnType<typeof parseArticle> }[] = []
  const pathById = new Map<string, string>()

  for (const { path, source } of files) {
    const fileName = path.split('/').pop() ?? path
    const name = FILE_NAME.exec(fileName)
    if (!name?.[1] || !name[2]) {
      problems.push({ path, problem: 'the file name must be NNN_<16 lower-case hex digits>.txt, e.g. 004_1195f8b02fb32f15.txt' })
      continue
    }
    const id = name[2]
    const clash = pathById.get(id)
    if (clash) {
      problems.push({ path, problem: `the id ${id} is already used by ${clash}` })
      continue
    }
    pathById.set(id, path)
    try {
      const article = parseArticle(source)
      warnings.push(...article.warnings.map((warning) => ({ path, ...warning })))
      parsed.push({ order: Number(name[1]), id, path, article })
    } catch (error) {
      if (!(error instanceof ArticleFormatError)) throw error
      problems.push({ path, line: error.line, problem: error.problem })
    }
  }

  parsed.sort((a, b) => (a.article.date === b.article.date ? b.order - a.order : a.article.date < b.article.date ? 1 : -1))
  const prefixes = uniqueIdPrefixes(parsed.map(({ id }) => id))
  const entries = parsed.map(({ id, article }): CatalogEntry => {
    const lede = article.paragraphs[0] ?? ''
    const headline = article.title ?? deriveHeadline(lede)
    const wordCount = countWords(article.paragraphs)
    return {
      summary: {
        id,
        slug: articleSlug(headline, prefixes.get(id) ?? id),
        date: article.date,
        headline,
        dek: deriveDek(lede),
        ...(article.dateline ? { dateline: article.dateline } : {}),
        readingMinutes: readingMinutes(wordCount),
      },
      body: {
        ...(article.caption ? { caption: article.caption } : {}),
        paragraphs: article.paragraphs,
        wordCount,
      },
    }
  })
  return { entries, problems, warnings }
}
