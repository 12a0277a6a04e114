import { createHash } from 'node:crypto'
import type { Article, ArticleSummary } from '../lib/articles/article.ts'
import { articleText } from '../lib/articles/article-text.ts'
import { articleSlug, uniqueIdPrefixes } from '../lib/articles/article-slug.ts'
import { deriveDek, deriveHeadline } from './derive-headline.ts'
import { ArticleFormatError, parseArticle, type ParsedArticle } from './parse-article.ts'
import { countWords, readingMinutes } from './reading-time.ts'

/** One raw file as the build found it; `path` is what messages show (relative to the repo). */
export type ArticleFile = { path: string; source: string }

export type CatalogEntry = {
  summary: Omit<ArticleSummary, 'url'>
  body: Pick<Article, 'caption' | 'paragraphs' | 'wordCount' | 'textHash'>
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
  return catalogOf(Array.from(files, parseArticleFile))
}

/**
 * One file parsed on its own, with what the list derives from it: files can be parsed apart
 * (on two threads, see read-article-files.ts) and put together by `catalogOf`, which checks
 * what concerns several files (that no two share an id).
 */
export type ParsedFile = { path: string } & (
  | { misnamed: true }
  | { order: number; id: string; failure: { line: number; problem: string } }
  | { order: number; id: string; article: ParsedArticle; headline: string; dek: string; wordCount: number; textHash: string }
)

export function parseArticleFile({ path, source }: ArticleFile): ParsedFile {
  const name = FILE_NAME.exec(path.split('/').pop() ?? path)
  if (!name?.[1] || !name[2]) return { path, misnamed: true }
  const file = { path, order: Number(name[1]), id: name[2] }
  try {
    const article = parseArticle(source)
    const lede = article.paragraphs[0] ?? ''
    return {
      ...file,
      article,
      headline: article.title ?? deriveHeadline(lede),
      dek: deriveDek(lede),
      wordCount: countWords(article.paragraphs),
      textHash: textHashOf(article.paragraphs),
    }
  } catch (error) {
    if (!(error instanceof ArticleFormatError)) throw error
    return { ...file, failure: { line: error.line, problem: error.problem } }
  }
}

/** The catalog of files parsed in their corpus order, with every problem, in that order. */
export function catalogOf(files: readonly ParsedFile[]): Catalog {
  const problems: FileProblem[] = []
  const warnings: FileProblem[] = []
  const parsed: Extract<ParsedFile, { article: ParsedArticle }>[] = []
  const pathById = new Map<string, string>()

  for (const file of files) {
    const { path } = file
    if ('misnamed' in file) {
      problems.push({ path, problem: 'the file name must be NNN_<16 lower-case hex digits>.txt, e.g. 004_1195f8b02fb32f15.txt' })
      continue
    }
    const clash = pathById.get(file.id)
    if (clash) {
      problems.push({ path, problem: `the id ${file.id} is already used by ${clash}` })
      continue
    }
    pathById.set(file.id, path)
    if ('failure' in file) {
      problems.push({ path, ...file.failure })
      continue
    }
    warnings.push(...file.article.warnings.map((warning) => ({ path, ...warning })))
    parsed.push(file)
  }

  parsed.sort((a, b) => (a.article.date === b.article.date ? b.order - a.order : a.article.date < b.article.date ? 1 : -1))
  const prefixes = uniqueIdPrefixes(parsed.map(({ id }) => id))
  const entries = parsed.map(({ id, article, headline, dek, wordCount, textHash }): CatalogEntry => ({
    summary: {
      id,
      slug: articleSlug(headline, prefixes.get(id) ?? id),
      date: article.date,
      headline,
      dek,
      ...(article.dateline ? { dateline: article.dateline } : {}),
      readingMinutes: readingMinutes(wordCount),
    },
    body: {
      ...(article.caption ? { caption: article.caption } : {}),
      paragraphs: article.paragraphs,
      wordCount,
      textHash,
    },
  }))
  return { entries, problems, warnings }
}

/**
 * An article's `textHash`: SHA-256 of its canonical text, 16 hex digits. Made where the file is
 * parsed (on two threads for a large corpus), it then stands for the text wherever the build
 * asks whether the text changed: the article's data file name, the entity cache's key.
 */
export function textHashOf(paragraphs: readonly string[]): string {
  return createHash('sha256').update(articleText(paragraphs)).digest('hex').slice(0, 16)
}
