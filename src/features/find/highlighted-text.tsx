import { Fragment } from 'react'
import { matchesAnyTerm } from './search-terms'

/** Text with the words a search matched emphasised (as `<mark>`s React draws; never HTML). */
export function HighlightedText({ text, terms }: { text: string; terms: readonly string[] }) {
  if (terms.length === 0) return text
  const parts = text.split(/([\p{L}\p{N}’']+)/u)
  return parts.map((part, index) =>
    index % 2 === 1 && matchesAnyTerm(part, terms) ? (
      <mark key={index} className="search-hit">
        {part}
      </mark>
    ) : (
      <Fragment key={index}>{part}</Fragment>
    ),
  )
}
