import type { TextRange } from '../../lib/articles/sentences'

/**
 * Selecting text without a pointing device: sentence and word steps over the canonical
 * article text. Pure; Intl.Segmenter supplies language-aware word and sentence boundaries.
 */

const CLOSING_PUNCTUATION = /[.,;:!?”’")\]…]/

/** Words with the punctuation that closes them (`tears.` not `tears`), so a step reads naturally. */
export function words(text: string): TextRange[] {
  const segmenter = new Intl.Segmenter('en', { granularity: 'word' })
  const found: TextRange[] = []
  for (const { index, segment, isWordLike } of segmenter.segment(text)) {
    if (!isWordLike) continue
    let end = index + segment.length
    while (CLOSING_PUNCTUATION.test(text.charAt(end))) end += 1
    found.push({ start: index, end })
  }
  return found
}

/** The sentence after the one the selection ends in, or the first sentence at or after `from`. */
export function nextSentence(all: readonly TextRange[], selection: TextRange | null, from: number): TextRange | null {
  if (!selection) return all.find((sentence) => sentence.end > from) ?? null
  return all.find((sentence) => sentence.start >= selection.end) ?? null
}

export function previousSentence(all: readonly TextRange[], selection: TextRange | null, from: number): TextRange | null {
  const before = selection ? selection.start : from + 1
  return all.findLast((sentence) => sentence.start < before && sentence.end <= (selection?.start ?? Infinity)) ?? null
}

/** Moves a one-word selection to the next word (or selects the first word from `from`). */
export function nextWord(all: readonly TextRange[], selection: TextRange | null, from: number): TextRange | null {
  const after = selection ? selection.start + 1 : from
  return all.find((word) => word.start >= after) ?? null
}

export function previousWord(all: readonly TextRange[], selection: TextRange | null, from: number): TextRange | null {
  const before = selection ? selection.start : from
  return all.findLast((word) => word.start < before) ?? null
}

/** Adds the next word to the end of the selection. */
export function extendByWord(all: readonly TextRange[], selection: TextRange | null, from: number): TextRange | null {
  if (!selection) return nextWord(all, null, from)
  const word = all.find((candidate) => candidate.end > selection.end)
  return word ? { start: selection.start, end: word.end } : selection
}

/** Takes the last word off the end of the selection, keeping at least one. */
export function shrinkByWord(all: readonly TextRange[], selection: TextRange | null): TextRange | null {
  if (!selection) return null
  const word = all.findLast((candidate) => candidate.end < selection.end && candidate.end > selection.start)
  return word ? { start: selection.start, end: word.end } : selection
}
