import { sentences } from '../../lib/articles/sentences'

/**
 * What reading aloud speaks, in order: each sentence of each paragraph, one utterance each,
 * so the sentence being spoken is always known (speech engines' word boundaries are not
 * reliable across browsers), and pausing, skipping or changing speed restarts a sentence.
 */
export type SpokenSentence = {
  paragraph: number
  /** Offsets into the paragraph's text. */
  start: number
  end: number
  text: string
}

export function readingOrder(paragraphs: readonly string[]): SpokenSentence[] {
  return paragraphs.flatMap((text, paragraph) => sentences(text).map(({ start, end }) => ({ paragraph, start, end, text: text.slice(start, end) })))
}

/** The first sentence of the next paragraph, or null after the last. */
export function nextParagraph(order: readonly SpokenSentence[], at: number): number | null {
  const current = order[at]?.paragraph ?? -1
  const next = order.findIndex((sentence) => sentence.paragraph > current)
  return next >= 0 ? next : null
}

/**
 * As on a music player: back to the start of this paragraph, or, from its first sentence,
 * to the start of the one before.
 */
export function previousParagraph(order: readonly SpokenSentence[], at: number): number {
  const current = order[at]
  if (!current) return 0
  const startOfThis = order.findIndex((sentence) => sentence.paragraph === current.paragraph)
  if (startOfThis < at) return startOfThis
  const before = order.findLast((sentence) => sentence.paragraph < current.paragraph)
  return before ? order.findIndex((sentence) => sentence.paragraph === before.paragraph) : 0
}

/** Speeds offered, as rates of the voice's normal speed. */
export const SPEEDS = [0.75, 1, 1.25, 1.5, 1.75, 2] as const

/** The voices for the article's language first (the browser's default among them first), then the rest by name. */
export function voicesInOrder<Voice extends { lang: string; name: string; default: boolean }>(voices: readonly Voice[], language: string): Voice[] {
  const speaks = (voice: Voice) => voice.lang.toLowerCase().split(/[-_]/)[0] === language.toLowerCase()
  return [...voices].sort((a, b) => Number(speaks(b)) - Number(speaks(a)) || Number(b.default) - Number(a.default) || a.name.localeCompare(b.name))
}
