import { describe, expect, it } from 'vitest'
import { countWords, readingMinutes } from './reading-time'

/** The definition countWords implements in one pass: pieces between white space, with a letter or digit. */
function wordsByDefinition(paragraphs: readonly string[]): number {
  return paragraphs.flatMap((paragraph) => paragraph.split(/\s+/)).filter((piece) => /[\p{L}\p{N}]/u.test(piece)).length
}

describe('countWords', () => {
  it.each([
    ['SEOUL -- Kim Jong Un held the first public commemoration', 9],
    ['A lone dash – or • bullet is not a word', 9],
    ['U.S. officials said 3,000 troops', 5],
    ['Łódź Straße 東京 Київ', 4],
    ['no\u00a0break\u2009thin\u3000ideographic\u202fnarrow', 5],
    ['𝐀𝐁 math letters, and 🙂 an emoji', 6],
    ['  leading and trailing  ', 3],
    ['', 0],
  ])('counts %j as %i words', (text, words) => {
    expect(countWords([text])).toBe(words)
    expect(wordsByDefinition([text])).toBe(words)
  })

  it('agrees with splitting on white space for any mix of characters', () => {
    const alphabet = ['a', 'Z', '7', ' ', '\t', '\n', '\u00a0', '\u2003', '\ufeff', '-', '—', '.', 'é', 'ß', 'ж', '東', '\u0301', '🙂', '𝐀', '\ud800', '\udc00', '٣']
    let seed = 7
    const next = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31)
    for (let run = 0; run < 500; run++) {
      const paragraphs = Array.from({ length: 1 + (next() % 3) }, () => Array.from({ length: next() % 40 }, () => alphabet[next() % alphabet.length]).join(''))
      expect(countWords(paragraphs)).toBe(wordsByDefinition(paragraphs))
    }
  })
})

describe('readingMinutes', () => {
  it('rounds to whole minutes, at least one', () => {
    expect(readingMinutes(0)).toBe(1)
    expect(readingMinutes(230 * 4)).toBe(4)
  })
})
