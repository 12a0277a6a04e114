/**
 * Where a reader is in an article, as words rather than pixels: a paragraph, an offset into
 * it, and the words found there. Pixels change with the text size, the width of the window
 * and every edit; the words do not, so a position survives all three.
 */
export type ReadingPosition = {
  /** The paragraph's index, lede first. */
  paragraph: number
  /** Characters into that paragraph, at the start of a word. */
  offset: number
  /** The words from there on, to find the place again should the article change. */
  quote: string
}

const QUOTE_LENGTH = 48

/** The position at `offset` characters into paragraph `paragraph`, moved back to its word's start. */
export function positionAt(paragraphs: readonly string[], paragraph: number, offset: number): ReadingPosition {
  const index = clamp(paragraph, 0, Math.max(0, paragraphs.length - 1))
  const text = paragraphs[index] ?? ''
  let start = clamp(offset, 0, text.length)
  while (start > 0 && !/\s/.test(text.charAt(start - 1))) start -= 1
  return { paragraph: index, offset: start, quote: text.slice(start, start + QUOTE_LENGTH) }
}

/**
 * Where `position` is in the article as it is now: the same place if its words are still
 * there, else the nearest paragraph that has them, else the same paragraph (or the last).
 */
export function locatePosition(paragraphs: readonly string[], position: ReadingPosition): { paragraph: number; offset: number } {
  if (paragraphs.length === 0) return { paragraph: 0, offset: 0 }
  const { paragraph, offset, quote } = position
  if (paragraphs[paragraph]?.startsWith(quote, offset)) return { paragraph, offset }
  if (quote.trim() !== '') {
    const found = nearestFirst(paragraphs.length, paragraph)
      .map((index) => ({ index, at: paragraphs[index]?.indexOf(quote) ?? -1 }))
      .find(({ at }) => at >= 0)
    if (found) return { paragraph: found.index, offset: found.at }
  }
  const index = clamp(paragraph, 0, paragraphs.length - 1)
  return { paragraph: index, offset: clamp(offset, 0, paragraphs[index]?.length ?? 0) }
}

/** How much of the article lies before `position`, as a whole percentage of its characters. */
export function percentBefore(paragraphs: readonly string[], position: { paragraph: number; offset: number }): number {
  const total = paragraphs.reduce((sum, paragraph) => sum + paragraph.length, 0)
  if (total === 0) return 0
  const before = paragraphs.slice(0, position.paragraph).reduce((sum, paragraph) => sum + paragraph.length, 0) + position.offset
  return clamp(Math.floor((before / total) * 100), 0, 100)
}

/** Paragraph indexes in order of distance from `from`: an edit rarely moves a place far. */
function nearestFirst(count: number, from: number): number[] {
  return Array.from({ length: count }, (_, index) => index).sort((a, b) => Math.abs(a - from) - Math.abs(b - from) || a - b)
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, Number.isFinite(value) ? Math.trunc(value) : min))
}
