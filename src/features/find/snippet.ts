import { highlightRanges } from '../../lib/search/tokenize'

/**
 * A short passage of the text around the first matched word, for a result's snippet;
 * undefined when no paragraph contains one. Words match as the index reads them, so a
 * search for "lodz" finds its passage in "Łódź" and "us" in "U.S.".
 */
export function snippetAround(paragraphs: readonly string[], terms: ReadonlySet<string>, radius = 110): string | undefined {
  for (const paragraph of paragraphs) {
    const [first] = highlightRanges(paragraph, terms)
    if (!first) continue
    const from = Math.max(0, paragraph.lastIndexOf(' ', Math.max(0, first.start - radius)) + 1)
    const to = paragraph.indexOf(' ', Math.min(paragraph.length, first.start + radius))
    const end = to === -1 ? paragraph.length : to
    return `${from > 0 ? '…' : ''}${paragraph.slice(from, end)}${end < paragraph.length ? '…' : ''}`
  }
  return undefined
}
