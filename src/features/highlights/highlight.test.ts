import { describe, expect, it } from 'vitest'
import { parseHighlight, type Highlight } from './highlight'
import { sampleHighlight } from './testing/sample-highlight'

// Its quote has no context around it: the smallest a stored highlight can be.
const valid: Highlight = sampleHighlight({
  selectors: [
    { type: 'TextQuoteSelector', exact: 'the harbour froze' },
    { type: 'TextPositionSelector', start: 120, end: 137 },
  ],
})

function withPosition(start: number, end: number): unknown {
  return { ...valid, selectors: [valid.selectors[0], { type: 'TextPositionSelector', start, end }] }
}

describe('parseHighlight: position offsets', () => {
  it('accepts offsets up to the largest safe integer', () => {
    expect(parseHighlight(withPosition(0, 1)).ok).toBe(true)
    expect(parseHighlight(withPosition(0, Number.MAX_SAFE_INTEGER)).ok).toBe(true)
  })

  it.each([
    ['1e308', 0, 1e308],
    ['2^53', 0, 2 ** 53],
    ['a negative start', -1, 5],
    ['a fraction', 0.5, 5],
    ['infinity', 0, Number.POSITIVE_INFINITY],
    ['NaN', Number.NaN, 5],
  ])('refuses %s, naming the field', (_, start, end) => {
    const result = parseHighlight(withPosition(start, end))
    expect(result.ok).toBe(false)
    if (!result.ok) expect(result.problems.join(' ')).toMatch(/^selectors\.1\.(start|end): /)
  })
})

describe('parseHighlight: problems', () => {
  it('keeps each problem short, however long the value it quotes', () => {
    const result = parseHighlight({ ...valid, articleId: 'y'.repeat(100_000) })
    expect(result.ok).toBe(false)
    if (!result.ok) {
      expect(result.problems).toHaveLength(1)
      expect(result.problems[0]).toMatch(/^articleId: Invalid format: .{20,}…$/)
      expect(result.problems[0]?.length).toBeLessThan(200)
    }
  })
})
