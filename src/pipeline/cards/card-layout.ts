import { graphemes, shortenAtWord } from '../../lib/shorten-at-word.ts'

/**
 * How a link-preview card is laid out: pure arithmetic, no fonts and no rendering, so the
 * rules (a headline shrinks as it grows, and is shortened at a word rather than overflow) are
 * tested on their own. render-card.ts draws what this decides.
 */
export const CARD_WIDTH = 1200
export const CARD_HEIGHT = 630

/** Where text may go: chat apps crop a card's edges, so nothing is drawn near them. */
export const SAFE_AREA = { left: 72, top: 52, right: CARD_WIDTH - 72, bottom: CARD_HEIGHT - 52 } as const

/**
 * Headline sizes, largest first: each with the longest headline it takes. The widths are
 * measured in Source Serif 4 bold at that size, with room to spare (a line holds ~21 em of
 * average text), so the headline block stays within its lines.
 */
const HEADLINE_STEPS = [
  { fontSize: 84, lines: 3, maxLength: 48 },
  { fontSize: 68, lines: 4, maxLength: 84 },
  { fontSize: 56, lines: 4, maxLength: 110 },
  { fontSize: 46, lines: 5, maxLength: 160 },
] as const
const SMALLEST_STEP = HEADLINE_STEPS[3]

export type HeadlineLayout = { text: string; fontSize: number; lineHeight: number; lines: number }

export function headlineLayout(headline: string): HeadlineLayout {
  const text = headline.replace(/\s+/g, ' ').trim()
  const length = graphemes(text).length
  const step = HEADLINE_STEPS.find((candidate) => length <= candidate.maxLength) ?? SMALLEST_STEP
  return {
    text: shortenAtWord(text, step.maxLength),
    fontSize: step.fontSize,
    lineHeight: Math.round(step.fontSize * 1.12),
    lines: step.lines,
  }
}
