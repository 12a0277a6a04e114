/**
 * Highlights as a Markdown document, for a reader's notes app. Pure.
 *
 * Everything we write is text: the article's words, the reader's notes and headlines are escaped
 * so that no renderer turns them into headings, lists, links, emphasis or HTML.
 */
import type { Highlight } from './highlight'

export type MarkdownArticle = { headline: string; url: string; date: string /* YYYY-MM-DD */ }

export type MarkdownGroup = { article: MarkdownArticle | undefined; articleId: string; highlights: readonly Highlight[] }

/** Groups and highlights appear in the order given; the same input always gives the same text. */
export function highlightsToMarkdown(groups: readonly MarkdownGroup[], options: { exportedAt: string }): string {
  const blocks = ['# Broadsheet highlights', `Exported ${escapeInline(options.exportedAt)}`]
  for (const { article, articleId, highlights } of groups) {
    if (article) blocks.push(`## [${escapeInline(oneLine(article.headline))}](${escapeUrl(article.url)})`, escapeLine(article.date))
    else blocks.push(`## Article ${escapeInline(articleId)} (no longer available)`)
    for (const highlight of highlights) blocks.push(...highlightBlocks(highlight))
  }
  return blocks.join('\n\n') + '\n'
}

function highlightBlocks(highlight: Highlight): string[] {
  const quote = lines(highlight.selectors[0].exact)
    .map((line) => (line === '' ? '>' : `> ${escapeLine(line)}`))
    .join('\n')
  const meta = `_${highlight.color} · highlighted ${highlight.createdAt.slice(0, 'YYYY-MM-DD'.length)}_`
  if (highlight.note.trim() === '') return [quote, meta]
  // Only the first line follows "Note: "; later lines start lines of their own, so escape them as such.
  const note = lines(highlight.note)
    .map((line, index) => (index === 0 ? `Note: ${escapeInline(line)}` : escapeLine(line)))
    .join('\n')
  return [quote, note, meta]
}

/** Lines without surrounding blanks: indentation would make code blocks, trailing spaces hard breaks. */
function lines(text: string): string[] {
  return text
    .trim()
    .split(/\r\n|\r|\n/)
    .map((line) => line.trim())
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim()
}

/**
 * Characters that mean something anywhere in a line: escapes, code, emphasis, strikethrough,
 * link brackets, HTML tags and entity references (`&amp;` would show as `&`).
 */
function escapeInline(text: string): string {
  return text.replace(/[\\`*_~[\]<]/g, '\\$&').replace(/&(?=#?\w+;)/g, '\\&')
}

/** Also the characters that mean something at the start of a line: headings, quotes, lists, setext underlines. */
function escapeLine(text: string): string {
  return escapeInline(text).replace(/^([#>+=|-]|\d+(?=[.)]))/, (marker) => (/^\d/.test(marker) ? `${marker}\\` : `\\${marker}`))
}

/** A link destination ends at a space, an angle bracket or an unbalanced parenthesis: percent-encode those. */
function escapeUrl(url: string): string {
  return url.replace(/[\s<>]/g, (char) => encodeURIComponent(char)).replace(/\(/g, '%28').replace(/\)/g, '%29')
}
