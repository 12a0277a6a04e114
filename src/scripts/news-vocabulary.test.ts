import { describe, expect, it } from 'vitest'
import { createRng } from './generate-corpus.ts'
import { drawNoun, syllableNames, weightedDraw } from './news-vocabulary.ts'

describe('weightedDraw', () => {
  it('draws each entry in proportion to its count', () => {
    const draw = weightedDraw([
      { word: 'common', count: 900 },
      { word: 'middling', count: 90 },
      { word: 'rare', count: 10 },
    ])
    const rng = createRng(3)
    const seen = new Map<string, number>()
    for (let i = 0; i < 20_000; i++) {
      const word = draw(rng)
      seen.set(word, (seen.get(word) ?? 0) + 1)
    }
    expect((seen.get('common') ?? 0) / 20_000).toBeCloseTo(0.9, 1)
    expect((seen.get('middling') ?? 0) / 20_000).toBeCloseTo(0.09, 1)
    expect(seen.get('rare')).toBeGreaterThan(100)
  })
})

describe('drawNoun', () => {
  it('gives lower-case words, frequent ones often and a long tail of rare ones', () => {
    const rng = createRng(5)
    const drawn = Array.from({ length: 20_000 }, () => drawNoun(rng))
    for (const word of drawn) expect(word).toMatch(/^[a-z]{3,}$/)
    const counts = new Map<string, number>()
    for (const word of drawn) counts.set(word, (counts.get(word) ?? 0) + 1)
    const [top = 0] = [...counts.values()].sort((a, b) => b - a)
    // Zipf-like: the commonest noun is hundreds of times more frequent than most words drawn,
    // and most of the distinct words are drawn only once.
    expect(top).toBeGreaterThan(200)
    expect([...counts.values()].filter((count) => count === 1).length / counts.size).toBeGreaterThan(0.4)
    expect(drawn).not.toContain('didn')
  })
})

describe('syllableNames', () => {
  it('recombines syllables of the examples into new names of the same manner', () => {
    const make = syllableNames(['Kovalenko', 'Shevchenko', 'Bondarenko'])
    const rng = createRng(7)
    const names = Array.from({ length: 200 }, () => make(rng))
    for (const name of names) expect(name).toMatch(/^(?:Ko|She|Bo)\p{Ll}*(?:nko)$/u)
    expect(new Set(names).size).toBeGreaterThan(20)
  })

  it('handles one-syllable and hyphenated names, and is the same for the same numbers', () => {
    const chinese = syllableNames(['Zhang', 'Liu', 'Chen'])
    const korean = syllableNames(['Ji-woo', 'Seo-yeon'])
    expect(chinese(createRng(1))).toMatch(/^(?:Zh|L|Ch)(?:ang|iu|en)$/)
    expect(korean(createRng(1))).toMatch(/^(?:Ji|Seo)-(?:woo|yeon)$/)
    expect(chinese(createRng(9))).toBe(chinese(createRng(9)))
    expect(() => syllableNames(['O’Brien'])).toThrow(/no name to make names from/)
  })
})
