/** A stretch of text, as offsets into it: [start, end). */
export type TextRange = { start: number; end: number }

/**
 * The sentences of a text, without the spaces around them, at Intl.Segmenter's boundaries
 * (Unicode's rules: a closing quote stays with its sentence; “Mr.” still ends one).
 */
export function sentences(text: string): TextRange[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'sentence' })
  return [...segmenter.segment(text)].flatMap(({ segment, index }) => {
    const start = index + (segment.length - segment.trimStart().length)
    const end = index + segment.trimEnd().length
    return end > start ? [{ start, end }] : []
  })
}
