/** The same folding the search index applies: lower case, no accents, apostrophes dropped. */
export function foldWord(word: string): string {
  return word.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’']s$/u, '').replace(/[’']/gu, '')
}

/** Whether a word of the text is one the search matched (an index term is a whole folded word). */
export function matchesAnyTerm(word: string, terms: readonly string[]): boolean {
  const folded = foldWord(word)
  return terms.includes(folded)
}

/**
 * A short passage of the text around the first matched word, for a result's snippet;
 * undefined when no paragraph contains one.
 */
export function snippetAround(paragraphs: readonly string[], terms: readonly string[], radius = 110): string | undefined {
  for (const paragraph of paragraphs) {
    for (const match of paragraph.matchAll(/[\p{L}\p{N}’']+/gu)) {
      if (!matchesAnyTerm(match[0], terms)) continue
      const from = Math.max(0, paragraph.lastIndexOf(' ', Math.max(0, match.index - radius)) + 1)
      const to = paragraph.indexOf(' ', Math.min(paragraph.length, match.index + radius))
      const end = to === -1 ? paragraph.length : to
      return `${from > 0 ? '…' : ''}${paragraph.slice(from, end)}${end < paragraph.length ? '…' : ''}`
    }
  }
  return undefined
}
