import { anchor } from '../anchoring/anchor'
import { articleText } from '../articles/article-text'
import { findTextDirective } from './find-text-directive'
import type { TextDirective } from './text-fragment'

/**
 * Where a shared passage (a link's text directive) is in the article now: found as written,
 * found approximately because the text has changed since the link was made, or missing.
 */
export type SharedPassage =
  | { status: 'found' | 'approximate'; start: number; end: number; directive: TextDirective }
  | { status: 'missing'; directive: TextDirective }

export function locateSharedPassage(paragraphs: readonly string[], directive: TextDirective): SharedPassage {
  const exact = findTextDirective(paragraphs, directive)
  if (exact) return { status: 'found', ...exact, directive }
  const approximate = approximateRange(articleText(paragraphs), directive)
  return approximate ? { status: 'approximate', ...approximate, directive } : { status: 'missing', directive }
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
