/**
 * At most `maxLength` characters (as a reader counts them: an emoji or an accented letter is
 * one), cut at the last space before it with an ellipsis, never inside a word; a single word
 * longer than that is cut at the limit. For cards, where text must fit a fixed space.
 */
export function shortenAtWord(text: string, maxLength: number): string {
  const characters = graphemes(text)
  if (characters.length <= maxLength) return text
  const head = characters.slice(0, Math.max(0, maxLength - 1)).join('')
  const space = head.lastIndexOf(' ')
  const cut = space > 0 ? head.slice(0, space) : head
  return `${cut.replace(/[\s,;:.–—-]+$/u, '')}…`
}

const segmenter = new Intl.Segmenter('en', { granularity: 'grapheme' })

export function graphemes(text: string): string[] {
  return Array.from(segmenter.segment(text), ({ segment }) => segment)
}
