import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { forEachTerm, forEachWord, highlightRanges, indexTerms, normalizeTerm, STOPWORDS, termHash, tokenize, WORD_SIMPLE } from './tokenize.ts'

const terms = (text: string) => tokenize(text).map((t) => t.term)

/** The documented definition of a word, as a regular expression (the scanner must agree). */
const WORD_REGEX = /(?:\p{L}\.){2,}(?![\p{L}\p{N}])|[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)*/gu

const unicodeText = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.string({ unit: fc.constantFrom('a', 'B', 'é', 'e\u0301', '.', ' ', "'", '’', 'ʼ', '-', '1', 'ß', 'İ', 'ℌ', '½', '⑴', 'Σ', 'ς', '中', '😃', '\u{1D400}', '\u0301', 'ǅ', 'ﬁ', '\ud800'), maxLength: 40 }),
  fc.lorem({ mode: 'sentences', maxCount: 3 }),
)

describe('tokenize', { timeout: 60_000 }, () => {
  it('lower-cases and splits on punctuation, dashes and hyphens', () => {
    expect(terms('SEOUL—Kim Jong Un held the first Covid-19 briefing, at 10:30.')).toEqual([
      'seoul', 'kim', 'jong', 'un', 'held', 'the', 'first', 'covid', '19', 'briefing', 'at', '10', '30',
    ])
  })

  it('folds diacritics and letters NFKD leaves alone', () => {
    expect(terms('São Paulo Zürich Málaga Ødegaard Straße Łukasz Dvořák Æsir ﬁnal')).toEqual([
      'sao', 'paulo', 'zurich', 'malaga', 'odegaard', 'strasse', 'lukasz', 'dvorak', 'aesir', 'final',
    ])
    expect(terms('e\u0301te\u0301')).toEqual(['ete']) // decomposed input
    expect(terms('ΟΔΟΣ οδος')).toEqual(['οδοσ', 'οδοσ']) // final sigma
  })

  it('handles typographic and typewriter apostrophes', () => {
    expect(terms('Russia’s Russia\'s O’Brien don\'t students’ rock ’n’ roll')).toEqual([
      'russia', 'russia', 'obrien', 'dont', 'students', 'rock', 'n', 'roll',
    ])
    expect(terms('Kim Jongʼs')).toEqual(['kim', 'jong'])
  })

  it('joins dotted abbreviations', () => {
    expect(terms('The U.S.-led talks in the U.K. on Monday')).toEqual(['the', 'us', 'led', 'talks', 'in', 'the', 'uk', 'on', 'monday'])
    expect(terms('U.S.A. and U.S')).toEqual(['usa', 'and', 'u', 's'])
    expect(terms('e.g. 3.5')).toEqual(['eg', '3', '5'])
  })

  it('reports ranges into the original text', () => {
    const text = 'Hi, São Paulo’s mayor'
    expect(tokenize(text).map(({ start, end }) => text.slice(start, end))).toEqual(['Hi', 'São', 'Paulo’s', 'mayor'])
  })

  it('flags stopwords; indexTerms drops them', () => {
    expect(tokenize('The talks').map((t) => t.stopword)).toEqual([true, false])
    expect(indexTerms('The talks of the year, and what is next')).toEqual(['talks', 'year', 'what', 'next'])
    for (const w of ['us', 'who', 'will', 'new', 'it']) expect(STOPWORDS.has(w)).toBe(false)
  })

  it('normalizeTerm folds a single word', () => {
    expect(normalizeTerm('  São! ')).toBe('sao')
    expect(normalizeTerm('—')).toBe('')
  })

  it('highlightRanges covers the words whose terms matched', () => {
    const text = 'Pyongyang’s gala: PYONGYANG, pyongyang-based'
    const ranges = highlightRanges(text, ['pyongyang'])
    expect(ranges.map(({ start, end }) => text.slice(start, end))).toEqual(['Pyongyang’s', 'PYONGYANG', 'pyongyang'])
    expect(highlightRanges(text, [])).toEqual([])
  })

  it('the scanner finds exactly the words the documented regular expression matches', () => {
    fc.assert(
      fc.property(unicodeText, (text) => {
        const scanned: [number, number][] = []
        forEachWord(text, (start, end) => scanned.push([start, end]))
        const matched = [...text.matchAll(WORD_REGEX)].map((m): [number, number] => [m.index, m.index + m[0].length])
        expect(scanned).toEqual(matched)
      }),
      { numRuns: 2000 },
    )
  })

  it('reports, for simple words, the hash of their term', () => {
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom('a', 'Z', '7', ' ', '.', "'"), maxLength: 30 }), (text) => {
        forEachWord(text, (start, end, flags, hash) => {
          if (flags & WORD_SIMPLE) expect(hash).toBe(termHash(text.slice(start, end).toLowerCase()))
        })
      }),
    )
  })

  it('terms are folded for good: re-tokenising a term gives back the term', () => {
    fc.assert(
      fc.property(unicodeText, (text) => {
        forEachTerm(text, (term) => {
          expect(term).not.toBe('')
          expect(term).toMatch(/^[\p{L}\p{N}]+$/u)
          expect(terms(term)).toEqual([term])
        })
      }),
      { numRuns: 2000 },
    )
  })
})
