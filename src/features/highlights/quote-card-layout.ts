import { formatIsoDay } from '../../lib/format-date'
import { graphemes, shortenAtWord } from '../../lib/shorten-at-word'
import { startsRightToLeft } from '../../lib/text-direction'

/**
 * Where each line of a passage's picture card goes: the quote (as large as fits, shortened at a
 * word when even the smallest size would not), then the article's headline, dateline and date,
 * the passage link's address and the site's name. Pure: the browser's canvas measures the text
 * (`measure`) and draws what this returns (draw-quote-card.ts).
 */
export type QuoteCardShape = 'landscape' | 'square'
export type QuoteCardTheme = 'light' | 'sepia' | 'dark'

export const QUOTE_CARD_SIZES: Record<QuoteCardShape, { width: number; height: number }> = {
  landscape: { width: 1200, height: 630 },
  square: { width: 1080, height: 1080 },
}

/** The site's own paper and ink in each theme (src/app/styles.css). */
export const QUOTE_CARD_COLORS: Record<QuoteCardTheme, { paper: string; ink: string; muted: string; accent: string }> = {
  light: { paper: '#fbfaf6', ink: '#1c1b19', muted: '#5a564e', accent: '#a3161a' },
  sepia: { paper: '#f4ecd8', ink: '#352a1c', muted: '#5b4a34', accent: '#8e2310' },
  dark: { paper: '#141413', ink: '#ece9e2', muted: '#aaa59a', accent: '#ff8d7e' },
}

export type QuoteCardText = { quote: string; headline: string; details: string; address: string; siteName: string }
/** What a passage's card says: the passage, where it is from, and the link that opens it there. */
export function quoteCardText(quote: string, article: { headline: string; dateline?: string; date: string }, link: string): QuoteCardText {
  return {
    quote,
    headline: article.headline,
    details: [article.dateline, formatIsoDay(article.date)].filter(Boolean).join(' · '),
    address: link,
    siteName: 'Broadsheet',
  }
}

export type Measure = (text: string, font: string) => number
export type CardLine = { text: string; x: number; y: number; font: string; color: 'ink' | 'muted' | 'accent'; align: 'left' | 'right'; direction: 'ltr' | 'rtl' }
export type QuoteCardLayout = { width: number; height: number; lines: CardLine[]; rule: { x: number; y: number; width: number } }

const SERIF = 'Georgia, "Times New Roman", serif'
const QUOTE_SIZES = [64, 56, 50, 44, 38, 34, 30]
/** The quote's share of the card's height, above the rule. */
const QUOTE_SHARE = { landscape: 0.56, square: 0.64 }
const MIN_QUOTE_CHARACTERS = 40

export function layoutQuoteCard(text: QuoteCardText, shape: QuoteCardShape, measure: Measure): QuoteCardLayout {
  const { width, height } = QUOTE_CARD_SIZES[shape]
  const margin = shape === 'square' ? 88 : 72
  const textWidth = width - 2 * margin
  const rightToLeft = startsRightToLeft(text.quote)
  const quoteBox = { top: margin, height: Math.round(height * QUOTE_SHARE[shape]) - margin }

  const quote = fitQuote(text.quote.replace(/\s+/g, ' ').trim(), textWidth, quoteBox.height, measure)
  // A short quote sits in the middle of its space rather than at the top of it.
  const quoteTop = quoteBox.top + Math.max(0, Math.floor((quoteBox.height - quote.lines.length * quote.lineHeight) / 2))
  const lines: CardLine[] = quote.lines.map((line, index) => ({
    text: line,
    x: rightToLeft ? width - margin : margin,
    y: quoteTop + quote.size + index * quote.lineHeight,
    font: `${quote.size}px ${SERIF}`,
    color: 'ink',
    align: rightToLeft ? 'right' : 'left',
    direction: rightToLeft ? 'rtl' : 'ltr',
  }))

  const ruleY = quoteBox.top + quoteBox.height + 24
  let y = ruleY + 28
  const add = (content: string, size: number, weight: number, color: CardLine['color'], maxLines: number) => {
    const font = `${weight === 700 ? 'bold ' : ''}${size}px ${SERIF}`
    for (const line of wrap(content, textWidth, font, measure, maxLines)) {
      y += Math.round(size * 1.25)
      lines.push({ text: line, x: margin, y, font, color, align: 'left', direction: 'ltr' })
    }
  }
  add(text.headline, shape === 'square' ? 34 : 28, 700, 'ink', 2)
  y += 6
  add(text.details, 24, 400, 'muted', 1)
  y += 8
  add(text.address, 18, 400, 'muted', 2)
  lines.push({ text: text.siteName, x: width - margin, y: height - margin + 20, font: `bold 26px ${SERIF}`, color: 'accent', align: 'right', direction: 'ltr' })
  return { width, height, lines, rule: { x: margin, y: ruleY, width: textWidth } }
}

/** The largest size at which the quote, in curly quotes, fits its box; shortened at a word past the smallest. */
function fitQuote(quote: string, width: number, height: number, measure: Measure) {
  for (let length = graphemes(quote).length; ; length = Math.max(MIN_QUOTE_CHARACTERS, Math.floor(length * 0.85))) {
    const shown = `“${shortenAtWord(quote, length)}”`
    for (const size of QUOTE_SIZES) {
      const lineHeight = Math.round(size * 1.3)
      const maxLines = Math.floor(height / lineHeight)
      const lines = wrap(shown, width, `${size}px ${SERIF}`, measure, Infinity)
      if (lines.length <= maxLines) return { lines, size, lineHeight }
    }
    if (length <= MIN_QUOTE_CHARACTERS) {
      const size = QUOTE_SIZES[QUOTE_SIZES.length - 1] ?? 30
      const lineHeight = Math.round(size * 1.3)
      return { lines: wrap(shown, width, `${size}px ${SERIF}`, measure, Math.max(1, Math.floor(height / lineHeight))), size, lineHeight }
    }
  }
}

/**
 * Greedy word wrap to `width`; a word wider than a line is broken between characters (a long
 * address has no spaces). Past `maxLines`, the last line ends with an ellipsis.
 */
export function wrap(text: string, width: number, font: string, measure: Measure, maxLines: number): string[] {
  const lines: string[] = []
  let line = ''
  const push = (next: string) => {
    lines.push(line)
    line = next
  }
  for (const word of text.split(' ')) {
    const candidate = line ? `${line} ${word}` : word
    if (measure(candidate, font) <= width) {
      line = candidate
      continue
    }
    if (line) push('')
    for (const character of graphemes(word)) {
      if (line && measure(line + character, font) > width) push('')
      line += character
    }
  }
  if (line) lines.push(line)
  if (lines.length <= maxLines) return lines
  const kept = lines.slice(0, maxLines)
  let last = kept[maxLines - 1] ?? ''
  while (last && measure(`${last}…`, font) > width) last = graphemes(last).slice(0, -1).join('')
  kept[maxLines - 1] = `${last.trimEnd()}…`
  return kept
}
