import { describe, expect, it } from 'vitest'
import { layoutQuoteCard, wrap, type Measure } from './quote-card-layout'

// A monospaced stand-in for the canvas: each character is half the font size wide.
const measure: Measure = (text, font) => text.length * (Number(/(\d+)px/.exec(font)?.[1]) / 2)
const TEXT = {
  quote: 'Around 600 North Koreans died on the battlefield, and their bodies were cremated in Kursk and were flown back to Pyongyang.',
  headline: 'Kim Jong Un held the first public commemoration for North Korean troops',
  details: 'SEOUL · July 1, 2025',
  address: 'https://news.example/articles/kim-jong-un-1195f8b0#:~:text=Around%20600%20North%20Koreans,flown%20back%20to%20Pyongyang',
  siteName: 'Broadsheet',
}

describe('layoutQuoteCard', () => {
  it.each(['landscape', 'square'] as const)('keeps every %s line inside the card, in order down the card', (shape) => {
    const layout = layoutQuoteCard(TEXT, shape, measure)
    for (const line of layout.lines) {
      const width = measure(line.text, line.font)
      const left = line.align === 'right' ? line.x - width : line.x
      expect(left).toBeGreaterThanOrEqual(0)
      expect(left + width).toBeLessThanOrEqual(layout.width)
      expect(line.y).toBeLessThanOrEqual(layout.height)
    }
    const ys = layout.lines.map((line) => line.y)
    expect(ys).toEqual([...ys].sort((a, b) => a - b))
    expect(layout.lines[0]?.text.startsWith('“Around 600')).toBe(true)
    expect(layout.lines.map((line) => line.text)).toContain('Broadsheet')
  })

  it('shortens a long quote at a word, with an ellipsis, rather than overflow', () => {
    const layout = layoutQuoteCard({ ...TEXT, quote: 'The ministry said the talks would go on. '.repeat(40) }, 'landscape', measure)
    const quoteLines = layout.lines.filter((line) => line.y < layout.rule.y)
    expect(quoteLines.length).toBeGreaterThan(1)
    expect(quoteLines.at(-1)?.text).toMatch(/ (The|ministry|said|the|talks|would|go|on)…”$/)
  })

  it('sets a right-to-left quote from the right edge', () => {
    const layout = layoutQuoteCard({ ...TEXT, quote: 'ראש הממשלה הודיע היום על תוכנית חדשה' }, 'square', measure)
    expect(layout.lines[0]).toMatchObject({ align: 'right', x: 1080 - 88 })
  })
})

describe('wrap', () => {
  it('breaks an address with no spaces between characters, and ends an overlong text with an ellipsis', () => {
    const lines = wrap('https://news.example/'.repeat(10), 200, '20px serif', measure, 2)
    expect(lines).toHaveLength(2)
    for (const line of lines) expect(measure(line, '20px serif')).toBeLessThanOrEqual(200)
    expect(lines[1]?.endsWith('…')).toBe(true)
  })
})
