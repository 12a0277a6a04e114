import { parse as parseYaml, YAMLParseError } from 'yaml'
import { isRealIsoDay } from '../lib/iso-day.ts'

/**
 * Parses one raw newswire article (see README "Adding articles" and
 * ARTICLE-FORMAT.md). Pure: no Node, no DOM, so the build and the tests share it.
 *
 * Every problem is an ArticleFormatError carrying the 1-based line it was found on,
 * so the build can report `path:line: problem` and never ship a silently wrong article.
 */
export class ArticleFormatError extends Error {
  override name = 'ArticleFormatError'
  constructor(
    readonly line: number,
    readonly problem: string,
  ) {
    super(`line ${line}: ${problem}`)
  }
}

export type ParsedArticle = {
  /** ISO day, `YYYY-MM-DD`. */
  date: string
  caption?: string
  /** The upper-case place the story was filed from, e.g. `SEOUL` or `KYIV, Ukraine`. */
  dateline?: string
  /** A headline set by front matter; otherwise the app derives one from the lede. */
  title?: string
  /** The lede first, then each body paragraph. Never empty. */
  paragraphs: string[]
  /** Things worth telling the author that do not make the file unusable. */
  warnings: { line: number; problem: string }[]
}

type Line = { number: number; text: string }

export function parseArticle(source: string): ParsedArticle {
  const lines = toLines(source)
  if (lines.every((line) => isBlank(line.text))) throw new ArticleFormatError(1, 'the file is empty')

  const { title, rest } = readFrontMatter(lines)
  const blocks = toParagraphs(rest)
  const first = blocks.shift()
  if (!first) throw new ArticleFormatError(lines.length, 'no "date YYYY-MM-DD" field after the front matter')

  const { date, remainder } = readDateField(first)
  // A file whose first line holds only the date may carry the dateline in its first paragraph.
  const lead = remainder === '' ? blocks.shift() : { number: first.number, text: remainder }
  if (!lead) throw new ArticleFormatError(first.number, `the file has a date but no article text`)

  const warnings: ParsedArticle['warnings'] = []
  const { caption, dateline, lede } = splitLead(lead.text)
  if (dateline === undefined) {
    warnings.push({
      line: lead.number,
      problem: 'no dateline (an upper-case place joined to the lede by "—") was found; the whole opening is read as the lede',
    })
  }

  const paragraphs = [lede, ...blocks.map((block) => block.text)].filter((text) => text !== '')
  if (paragraphs.length === 0) throw new ArticleFormatError(lead.number, 'the dateline is not followed by any article text')

  return {
    date,
    ...(caption ? { caption } : {}),
    ...(dateline ? { dateline } : {}),
    ...(title ? { title } : {}),
    paragraphs,
    warnings,
  }
}

function toLines(source: string): Line[] {
  return source
    .replace(/^\uFEFF/, '')
    .split(/\r\n|\r|\n/)
    .map((text, index) => ({ number: index + 1, text }))
}

function isBlank(text: string): boolean {
  return text.trim() === ''
}

/**
 * Longest front matter read: 1,000 characters. It holds a headline (a derived one is at most
 * about 90 characters) and perhaps a few more fields one day. The YAML parser recurses once per
 * level of nesting: 3,000 nested brackets took it over a second (and blew its stack), and 1,000
 * characters of them about 25 ms.
 */
const MAX_FRONT_MATTER_LENGTH = 1000

/** Optional YAML between `---` lines at the very top; only `title` is read today. */
function readFrontMatter(lines: Line[]): { title?: string; rest: Line[] } {
  if (lines[0]?.text.trim() !== '---') return { rest: lines }
  const close = lines.findIndex((line, index) => index > 0 && line.text.trim() === '---')
  if (close === -1) throw new ArticleFormatError(1, 'front matter opened with "---" is never closed by a "---" line')

  const yamlText = lines
    .slice(1, close)
    .map((line) => line.text)
    .join('\n')
  if (yamlText.length > MAX_FRONT_MATTER_LENGTH) {
    throw new ArticleFormatError(2, `front matter is ${yamlText.length.toLocaleString('en')} characters long; it may have up to ${MAX_FRONT_MATTER_LENGTH.toLocaleString('en')}`)
  }
  let data: unknown
  try {
    data = parseYaml(yamlText)
  } catch (error) {
    if (error instanceof YAMLParseError) {
      const yamlLine = error.linePos?.[0].line ?? 1
      throw new ArticleFormatError(yamlLine + 1, `front matter is not valid YAML: ${firstLine(error.message)}`)
    }
    throw new ArticleFormatError(2, 'front matter is not valid YAML')
  }
  const rest = lines.slice(close + 1)
  if (data === null || data === undefined) return { rest }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new ArticleFormatError(2, 'front matter must be a YAML mapping such as "title: …"')
  }
  const title = (data as Record<string, unknown>).title
  if (title === undefined) return { rest }
  if (typeof title !== 'string' || title.trim() === '') {
    const titleLine = lines.slice(1, close).find((line) => /^\s*title\s*:/.test(line.text))
    throw new ArticleFormatError(titleLine?.number ?? 2, 'front matter "title" must be non-empty text')
  }
  return { title: collapseSpaces(title), rest }
}

function firstLine(text: string): string {
  return text.split('\n')[0] ?? text
}

function readDateField(line: Line): { date: string; remainder: string } {
  const match = /^date(?:\s+(\S+))?(.*)$/.exec(line.text)
  if (!match) throw new ArticleFormatError(line.number, 'no "date YYYY-MM-DD" field')
  const [, value, remainder = ''] = match
  if (value === undefined) throw new ArticleFormatError(line.number, '"date" is not followed by a YYYY-MM-DD date')
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) {
    throw new ArticleFormatError(line.number, `"date ${value}" is not a YYYY-MM-DD date`)
  }
  if (!isRealIsoDay(value)) throw new ArticleFormatError(line.number, `"date ${value}" is not a real day`)
  return { date: value, remainder: remainder.trim() }
}

/** Paragraphs are runs of non-blank lines; hard-wrapped lines join with a space. */
function toParagraphs(lines: Line[]): Line[] {
  const paragraphs: Line[] = []
  let current: Line | undefined
  for (const line of lines) {
    if (isBlank(line.text)) {
      current = undefined
    } else if (current) {
      current.text = `${current.text} ${collapseSpaces(line.text)}`
    } else {
      current = { number: line.number, text: collapseSpaces(line.text) }
      paragraphs.push(current)
    }
  }
  return paragraphs
}

// Only runs that are not already one plain space: matching every space made this a twentieth
// of a 100,000-article rebuild (a new string per paragraph, built one space at a time).
const SPACE_RUN_TO_COLLAPSE = / [ \t\f\v\u00a0]+|[\t\f\v\u00a0][ \t\f\v\u00a0]*/g

function collapseSpaces(text: string): string {
  return text.replace(SPACE_RUN_TO_COLLAPSE, ' ').trim()
}

/*
 * The dateline is an upper-case place (`SEOUL`, `WASHINGTON, D.C.`, `KYIV, Ukraine`) joined
 * to the lede by an em dash, `--` or a spaced dash. It must open the text or follow the end
 * of a caption sentence, so an upper-case word inside a caption is not mistaken for it.
 *
 * Both bounds below keep the search linear on any input. Unbounded, a lede of 20,000 `A. `
 * took seconds: every `A.` could start a place of thousands of words, each scanned to the end.
 * - A place is a few words (`RIO DE JANEIRO`, `SAN JUAN DE LOS LAGOS`): at most 6, and its
 *   region (`, Ukraine`, `, D.C.`) at most 4.
 * - The dateline ends within the first DATELINE_SEARCH_LENGTH characters of the text, which is
 *   a caption (a sentence or three: the seed article's is 120 characters) and a few words.
 */
// Upper case in any alphabet (ŁÓDŹ, SÃO PAULO, ZÜRICH), accents precomposed or not.
const PLACE_WORD = String.raw`\p{Lu}[\p{Lu}\p{M}.'’-]*[\p{Lu}\p{M}.]`
const PLACE = String.raw`${PLACE_WORD}(?: ${PLACE_WORD}){0,5}`
const REGION_WORD = String.raw`\p{Lu}[\p{L}\p{M}.'’-]*`
const REGION = String.raw`(?:, ${REGION_WORD}(?: ${REGION_WORD}){0,3})?`
const DASH = String.raw`\s?(?:—|--|–)\s?`
const DATELINE = new RegExp(String.raw`(^|(?<=[.!?”"’)] ))(${PLACE}${REGION})${DASH}`, 'u')
/**
 * 1,000 characters: several times the longest photo caption a wire service writes, so no real
 * dateline is missed, while an upper-case word with a dash deep in a lede without a dateline
 * (`… NATO—the alliance …`) is not taken for one.
 */
const DATELINE_SEARCH_LENGTH = 1000

function splitLead(text: string): { caption?: string; dateline?: string; lede: string } {
  const match = DATELINE.exec(text.slice(0, DATELINE_SEARCH_LENGTH))
  if (!match || !match[2]) return { lede: text }
  const caption = text.slice(0, match.index).trim()
  const lede = text.slice(match.index + match[0].length).trim()
  return { ...(caption ? { caption } : {}), dateline: match[2], lede }
}
