import { anchor } from '../anchoring/anchor'
import { articleText } from '../articles/article-text'
import { findTextDirective } from './find-text-directive'
import { hasTermTooLong, MAX_TERM_LENGTH, parseTextFragmentReporting, type TextDirective } from './text-fragment'

/**
 * Where a shared passage (a link's text directive) is in the article now: found as written,
 * found approximately because the text has changed since the link was made, or missing,
 * either because the text has changed (`changed`) or because the link's passage is longer than
 * we look for (`too-long`, with the limit, MAX_TERM_LENGTH, for the message).
 */
export type SharedPassage =
  | { status: 'found' | 'approximate'; start: number; end: number; directive: TextDirective }
  | { status: 'missing'; reason: 'changed'; directive: TextDirective }
  | { status: 'missing'; reason: 'too-long'; maxLength: number }

/**
 * The passage a URL fragment (the part after `#`) points to in the article: its first text
 * directive located; `too-long` when its only text directives have a term over MAX_TERM_LENGTH;
 * null when it has none.
 */
export function sharedPassageFromFragment(paragraphs: readonly string[], fragment: string): SharedPassage | null {
  const { directives, tooLong } = parseTextFragmentReporting(fragment)
  const [directive] = directives
  if (directive) return locateSharedPassage(paragraphs, directive)
  return tooLong > 0 ? { status: 'missing', reason: 'too-long', maxLength: MAX_TERM_LENGTH } : null
}

export function locateSharedPassage(paragraphs: readonly string[], directive: TextDirective): SharedPassage {
  if (hasTermTooLong(directive)) return { status: 'missing', reason: 'too-long', maxLength: MAX_TERM_LENGTH }
  const exact = findTextDirective(paragraphs, directive)
  if (exact) return { status: 'found', ...exact, directive }
  const approximate = approximateRange(articleText(paragraphs), directive)
  return approximate ? { status: 'approximate', ...approximate, directive } : { status: 'missing', reason: 'changed', directive }
}

/** The anchoring module's fuzzy match, for the start term and (for a range) the end term after it. */
function approximateRange(text: string, { prefix, start, end, suffix }: TextDirective) {
  const first = anchor(text, [{ type: 'TextQuoteSelector', exact: start, ...(prefix ? { prefix: `${prefix} ` } : {}), ...(!end && suffix ? { suffix: ` ${suffix}` } : {}) }])
  if (!first || !end) return first
  const rest = text.slice(first.end)
  const last = anchor(rest, [{ type: 'TextQuoteSelector', exact: end, ...(suffix ? { suffix: ` ${suffix}` } : {}) }])
  return last ? { start: first.start, end: first.end + last.end } : null
}

/** How the passage reads in a message: the start, and for a range its end after an ellipsis. */
export function quoteOf({ start, end }: TextDirective): string {
  return end ? `${start} … ${end}` : start
}
