/**
 * Highlights and shared passages address an article as one string, its canonical text: the
 * paragraphs (lede first) joined by a blank line. Offsets into it are JavaScript string indices.
 */
export const PARAGRAPH_SEPARATOR = '\n\n'

export function articleText(paragraphs: readonly string[]): string {
  return paragraphs.join(PARAGRAPH_SEPARATOR)
}

/** Where each paragraph starts in the canonical text. */
export function paragraphStarts(paragraphs: readonly string[]): number[] {
  const starts: number[] = []
  let offset = 0
  for (const paragraph of paragraphs) {
    starts.push(offset)
    offset += paragraph.length + PARAGRAPH_SEPARATOR.length
  }
  return starts
}
