import { Fragment, type ReactNode } from 'react'
import { highlightRanges } from '../../lib/search/tokenize'

/**
 * Text with the words a search matched emphasised (as `<mark>`s React draws; never HTML).
 * The words are found as the index reads them: "lodz" marks "Łódź", "us" marks "U.S.".
 */
export function HighlightedText({ text, terms }: { text: string; terms: ReadonlySet<string> }) {
  const ranges = highlightRanges(text, terms)
  if (ranges.length === 0) return text
  const parts: ReactNode[] = []
  let at = 0
  for (const { start, end } of ranges) {
    if (start > at) parts.push(<Fragment key={at}>{text.slice(at, start)}</Fragment>)
    parts.push(
      <mark key={start} className="search-hit">
        {text.slice(start, end)}
      </mark>,
    )
    at = end
  }
  if (at < text.length) parts.push(<Fragment key={at}>{text.slice(at)}</Fragment>)
  return parts
}
