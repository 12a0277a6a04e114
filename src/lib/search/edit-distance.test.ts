import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { prefixWithinOneEdit, withinOneEdit } from './edit-distance.ts'

/** Optimal string alignment distance, the slow way. */
function osa(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)))
  const at = (i: number, j: number) => d[i]?.[j] ?? Infinity
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1
      let v = Math.min(at(i - 1, j) + 1, at(i, j - 1) + 1, at(i - 1, j - 1) + cost)
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, at(i - 2, j - 2) + 1)
      const row = d[i]
      if (row) row[j] = v
    }
  }
  return at(a.length, b.length)
}

const word = fc.string({ unit: fc.constantFrom('a', 'b', 'c'), maxLength: 7 })

describe('withinOneEdit', { timeout: 60_000 }, () => {
  it('knows the four kinds of typo', () => {
    expect(withinOneEdit('pyongyang', 'pyongyang')).toBe(true)
    expect(withinOneEdit('pyongyabg', 'pyongyang')).toBe(true) // substitution
    expect(withinOneEdit('pyongyng', 'pyongyang')).toBe(true) // deletion
    expect(withinOneEdit('pyongyanng', 'pyongyang')).toBe(true) // insertion
    expect(withinOneEdit('pyonygang', 'pyongyang')).toBe(true) // transposition
    expect(withinOneEdit('pyongynag', 'pyongyang')).toBe(true) // transposition at the end
    expect(withinOneEdit('pyonyyang', 'pyongyabg')).toBe(false)
    expect(withinOneEdit('kursk', 'kurskaya')).toBe(false)
  })

  it('agrees with the optimal string alignment distance', () => {
    fc.assert(
      fc.property(word, word, (a, b) => {
        expect(withinOneEdit(a, b)).toBe(osa(a, b) <= 1)
      }),
      { numRuns: 5000 },
    )
  })
})

describe('prefixWithinOneEdit', { timeout: 60_000 }, () => {
  it('finds a term that starts with the query typed with one typo', () => {
    expect(prefixWithinOneEdit('pyongyab', 'pyongyang')).toBe(true)
    expect(prefixWithinOneEdit('pyonb', 'pyongyang')).toBe(true)
    expect(prefixWithinOneEdit('pyno', 'pyongyang')).toBe(true)
    expect(prefixWithinOneEdit('pyongyang', 'pyongyan')).toBe(true) // the term is the query minus its last letter
    expect(prefixWithinOneEdit('pxxng', 'pyongyang')).toBe(false)
  })

  it('agrees with: some prefix of the term is within one edit of the query', () => {
    fc.assert(
      fc.property(word, word, (q, t) => {
        let expected = false
        for (let n = 0; n <= t.length && !expected; n++) expected = osa(q, t.slice(0, n)) <= 1
        expect(prefixWithinOneEdit(q, t)).toBe(expected)
      }),
      { numRuns: 5000 },
    )
  })
})
