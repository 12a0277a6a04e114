import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { articleText, paragraphStarts } from '../articles/article-text'
import { findTextDirective, findTextDirectiveMatches } from './find-text-directive'
import { EXACT_MAX_LENGTH, generateTextDirective, generateTextDirectiveWithStatus } from './generate-text-directive'
import { formatTextDirective, parseTextFragment } from './text-fragment'
import type { TextDirective } from './text-fragment'

/** The Broadsheet seed article (src/content/articles/000_1195f8b02fb32f15.txt): the lede, then its paragraphs. */
const ARTICLE: readonly string[] = [
  'Kim Jong Un held the first public commemoration for North Korean troops who died fighting in support of Russia’s war with Ukraine, in a ceremony likely aimed at preparing the population for further such deployments.',
  'The disclosure occurred at a glitzy Pyongyang gala performance, where the North Korean leader hosted Russia’s culture minister, according to a Monday evening broadcast on Pyongyang’s state-run television.',
  'In an undated video played at the event, photographs showed Kim, wearing a winter jacket, mourning soldiers and standing among a row of caskets that appeared to be placed on an airport tarmac. Kim was photographed placing both hands on top of caskets draped with North Korea’s red, blue and white national flag.',
  'Watching the scene at the gala event held Sunday, Kim shed tears.',
  'The event commemorated the first anniversary of Kim and Russian President Vladimir Putin’s mutual defense pact. Moscow has received major troop reinforcements and munitions, while Pyongyang got weapons-development assistance.',
  'Through the imagery, Kim, the 41-year-old dictator, is likely aiming to exalt the deployment to Russia to prevent any dissent over his decision, while bracing the public for further deployments, said Michael Madden, an expert on North Korea’s leadership at the Stimson Center, a Washington, D.C.-based think tank.',
  '“They are telecasting to North Korea’s military personnel that they could be deployed to a foreign country,” he said.',
  'Moscow and Pyongyang first acknowledged that North Koreans had fought alongside the Russians in April.',
  'North Korea’s deployment of around 15,000 troops since last fall has helped Russia almost entirely eject Ukrainian forces from the Russian Kursk region. Kim agreed last month to send 6,000 more military construction workers and demining specialists to Kursk for reconstruction work, as Russia pushes Ukraine on the front lines.',
  'Around 600 North Koreans died on the battlefield, were cremated in Kursk and were flown back to Pyongyang, according to South Korean intelligence estimates. Thousands more have been wounded, according to Western assessments.',
  'The video montage featured soldiers scanning a battlefield map and a bloodstained notebook, presumably belonging to a deceased soldier. “Let us bravely and without hesitation engage in this sacred battle,” it read.',
]

const TEXT = articleText(ARTICLE)

type Range = { start: number; end: number }

function rangeOf(passage: string, text = TEXT): Range {
  const start = text.indexOf(passage)
  if (start === -1) throw new Error(`test setup: no ${passage}`)
  return { start, end: start + passage.length }
}

function terms(directive: TextDirective): string[] {
  return [directive.prefix, directive.start, directive.end, directive.suffix].filter((term) => term !== undefined)
}

/** Checks every generated directive must pass, whatever the passage. */
function expectWellFormed(directive: TextDirective): void {
  for (const term of terms(directive)) {
    expect(term).not.toBe('')
    expect(term).not.toContain('\n')
    expect(term).toBe(term.trim())
  }
  expect(parseTextFragment(':~:' + formatTextDirective(directive))).toStrictEqual([directive])
}

/** The generated directive resolves to `range` and to nothing else. */
function expectExactAndUnique(paragraphs: readonly string[], directive: TextDirective, range: Range): void {
  expect(findTextDirective(paragraphs, directive)).toStrictEqual(range)
  expect(findTextDirectiveMatches(paragraphs, directive, 2)).toHaveLength(1)
}

describe('generateTextDirective on the seed article', () => {
  it('writes a short passage out whole', () => {
    const range = rangeOf('Kim shed tears')
    const directive = generateTextDirective(ARTICLE, range.start, range.end)
    expect(directive).toStrictEqual({ start: 'Kim shed tears' })
    expectExactAndUnique(ARTICLE, directive, range)
  })

  it('adds context to a word that occurs more than once', () => {
    for (const passage of ['Kim was', 'Kim agreed', 'North Korea’s deployment']) {
      const range = { start: rangeOf(passage).start, end: rangeOf(passage).start + passage.indexOf(' ') }
      const directive = generateTextDirective(ARTICLE, range.start, range.end)
      expect(directive.prefix !== undefined || directive.suffix !== undefined).toBe(true)
      expectExactAndUnique(ARTICLE, directive, range)
      expectWellFormed(directive)
    }
    // The first "Kim" of the lede: context from the same paragraph.
    const lede = generateTextDirective(ARTICLE, 0, 3)
    expect(lede).toStrictEqual({ start: 'Kim', suffix: 'Jong' })
  })

  it('uses the previous or next paragraph as context for a passage at a paragraph edge', () => {
    // "The" starts three paragraphs.
    const the = rangeOf('The event commemorated')
    const directive = generateTextDirective(ARTICLE, the.start, the.start + 3)
    expectExactAndUnique(ARTICLE, directive, { start: the.start, end: the.start + 3 })
    expectWellFormed(directive)
  })

  it('writes a passage across paragraphs as a start,end range', () => {
    const from = TEXT.indexOf('Watching the scene')
    const to = TEXT.indexOf('assistance.') + 'assistance.'.length
    const directive = generateTextDirective(ARTICLE, from, to)
    expect(directive.end).toBeDefined()
    expect(directive.start).not.toContain('assistance')
    expectExactAndUnique(ARTICLE, directive, { start: from, end: to })
    expectWellFormed(directive)
  })

  it('writes a long passage in one paragraph as a start,end range', () => {
    const long = ['word '.repeat(80) + 'a unique ending.', ARTICLE[0] ?? '']
    const directive = generateTextDirective(long, 0, (long[0] ?? '').length)
    expect((long[0] ?? '').length).toBeGreaterThan(EXACT_MAX_LENGTH)
    expect(directive.end).toBeDefined()
    expectExactAndUnique(long, directive, { start: 0, end: (long[0] ?? '').length })
    expectWellFormed(directive)
  })

  it('widens a passage that splits words to whole words', () => {
    const tears = rangeOf('Kim shed tears')
    const result = generateTextDirectiveWithStatus(ARTICLE, tears.start + 5, tears.end - 2) // "hed tea"
    expect(result.range).toStrictEqual({ start: tears.start + 4, end: tears.end }) // "shed tears"
    expect(result.directive).toStrictEqual({ start: 'shed tears' })
    expect(result.exact && result.unique).toBe(true)
  })

  it('trims surrounding whitespace, including paragraph breaks', () => {
    const tears = rangeOf('tears.')
    const result = generateTextDirectiveWithStatus(ARTICLE, tears.start, tears.end + 2)
    expect(result.range).toStrictEqual(tears)
  })

  it('rejects invalid ranges and passages without text', () => {
    expect(() => generateTextDirective(ARTICLE, -1, 3)).toThrow(RangeError)
    expect(() => generateTextDirective(ARTICLE, 5, 3)).toThrow(RangeError)
    expect(() => generateTextDirective(ARTICLE, 0, TEXT.length + 1)).toThrow(RangeError)
    expect(() => generateTextDirective(ARTICLE, 0.5, 3)).toThrow(RangeError)
    expect(() => generateTextDirective(ARTICLE, 3, 3)).toThrow(RangeError)
    const tears = rangeOf('tears.')
    expect(() => generateTextDirective(ARTICLE, tears.end, tears.end + 2)).toThrow(RangeError)
  })
})

describe('generateTextDirective when uniqueness is out of reach', () => {
  // Each "a" is a paragraph between two "x" paragraphs: no directive can tell them apart.
  const twins = ['x', 'a', 'x', 'a', 'x']

  it('is exact but not unique for the first twin', () => {
    const result = generateTextDirectiveWithStatus(twins, 3, 4)
    expect(result).toMatchObject({ range: { start: 3, end: 4 }, exact: true, unique: false })
    expect(findTextDirective(twins, result.directive)).toStrictEqual({ start: 3, end: 4 })
  })

  it('says so when the passage cannot be reached at all', () => {
    const result = generateTextDirectiveWithStatus(twins, 9, 10)
    expect(result).toMatchObject({ range: { start: 9, end: 10 }, exact: false, unique: false })
    expectWellFormed(result.directive)
  })
})

// Property tests: random articles from a small vocabulary, so that words, phrases and even whole
// paragraphs repeat (also up to case, accents and quote style), with punctuation that must be
// percent-encoded and whitespace of several kinds.

const VOCABULARY = [
  'a', 'a', 'b', 'b', 'the', 'the', 'The', 'THE', 'cat', 'tea', 'tears', 'Kim', 'kim',
  'Russia’s', "Russia's", 'café', 'cafe', 'D.C.-based', '—', '“Let', 'us”', '41-year-old', 'x,y', '100%', 'it.', 'said:',
]
const GAPS = [' ', ' ', ' ', ' ', '  ', '\t', '\u00A0', '\n']

const paragraphsArbitrary = fc.array(
  fc
    .array(fc.tuple(fc.constantFrom(...VOCABULARY), fc.constantFrom(...GAPS)), { minLength: 1, maxLength: 8 })
    .map((words) => words.map(([word, gap], index) => (index === 0 ? word : gap + word)).join('')),
  { minLength: 1, maxLength: 6 },
)

const segmenter = new Intl.Segmenter('und', { granularity: 'word' })

/** Word boundaries of one paragraph (independent of the implementation). */
function boundaries(paragraph: string): Set<number> {
  const set = new Set<number>([0, paragraph.length])
  for (const { index, segment } of segmenter.segment(paragraph)) {
    set.add(index)
    set.add(index + segment.length)
  }
  return set
}

/** Where canonical offset `position` (not in a separator) falls: paragraph index and local offset. */
function locate(paragraphs: readonly string[], position: number): { index: number; local: number } {
  const starts = paragraphStarts(paragraphs)
  let index = 0
  while (index + 1 < starts.length && (starts[index + 1] ?? 0) <= position) index++
  return { index, local: position - (starts[index] ?? 0) }
}

/** Whitespace-separated words of paragraph `index`, as canonical offsets, clipped to [from, to). */
function wordsOf(paragraphs: readonly string[], index: number, from: number, to: number): Range[] {
  const offset = paragraphStarts(paragraphs)[index] ?? 0
  const words: Range[] = []
  for (const match of (paragraphs[index] ?? '').matchAll(/\S+/gu)) {
    const start = Math.max(offset + match.index, from)
    const end = Math.min(offset + match.index + match[0].length, to)
    if (start < end) words.push({ start, end })
  }
  return words
}

/**
 * The most specific directive there is for `range`: the whole passage (or, across paragraphs, all
 * of its first and last paragraph's part) with all the context one term can hold on each side.
 * If even this one is not exact (unique), no directive is.
 */
function maximalDirective(paragraphs: readonly string[], range: Range): TextDirective {
  const text = articleText(paragraphs)
  const join = (words: Range[]) => words.map((word) => text.slice(word.start, word.end)).join(' ')
  const first = locate(paragraphs, range.start).index
  const last = locate(paragraphs, range.end - 1).index
  let before = wordsOf(paragraphs, first, Number.NEGATIVE_INFINITY, range.start)
  if (before.length === 0 && first > 0) before = wordsOf(paragraphs, first - 1, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)
  let after = wordsOf(paragraphs, last, range.end, Number.POSITIVE_INFINITY)
  if (after.length === 0 && last + 1 < paragraphs.length) after = wordsOf(paragraphs, last + 1, Number.NEGATIVE_INFINITY, Number.POSITIVE_INFINITY)
  const directive: TextDirective =
    first === last
      ? { start: join(wordsOf(paragraphs, first, range.start, range.end)) }
      : { start: join(wordsOf(paragraphs, first, range.start, range.end)), end: join(wordsOf(paragraphs, last, range.start, range.end)) }
  if (before.length > 0) directive.prefix = join(before)
  if (after.length > 0) directive.suffix = join(after)
  return directive
}

/**
 * What the generator must achieve for `range`: exactness whenever any directive can be exact,
 * uniqueness whenever any can be unique. Returns whether the range is uniquely addressable.
 */
function expectBestPossible(paragraphs: readonly string[], start: number, end: number, range: Range): boolean {
  const result = generateTextDirectiveWithStatus(paragraphs, start, end)
  expect(result.range).toStrictEqual(range)
  expectWellFormed(result.directive)

  // What the generator claims is true…
  const matches = findTextDirectiveMatches(paragraphs, result.directive, 2)
  expect(result.exact).toBe(matches[0]?.start === range.start && matches[0].end === range.end)
  expect(result.unique).toBe(result.exact && matches.length === 1)

  // …and as good as it gets.
  const maximal = maximalDirective(paragraphs, range)
  const best = findTextDirectiveMatches(paragraphs, maximal, 2)
  const reachable = best[0]?.start === range.start && best[0].end === range.end
  const unique = reachable && best.length === 1
  if (reachable) expect(result.exact).toBe(true)
  if (unique) {
    expect(result.unique).toBe(true)
    expectExactAndUnique(paragraphs, result.directive, range)
  }
  return unique
}

const wordAlignedCase = paragraphsArbitrary.chain((paragraphs) => {
  const words = [...articleText(paragraphs).matchAll(/\S+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }))
  return fc
    .tuple(fc.nat({ max: words.length - 1 }), fc.nat({ max: words.length - 1 }))
    .map(([i, j]) => {
      const first = words[Math.min(i, j)] ?? { start: 0, end: 0 }
      const last = words[Math.max(i, j)] ?? { start: 0, end: 0 }
      return { paragraphs, start: first.start, end: last.end }
    })
})

const anyPassageCase = paragraphsArbitrary.chain((paragraphs) => {
  const length = articleText(paragraphs).length
  return fc
    .tuple(fc.nat({ max: length }), fc.nat({ max: length }))
    .map(([i, j]) => ({ paragraphs, start: Math.min(i, j), end: Math.max(i, j) }))
    .filter(({ paragraphs: p, start, end }) => articleText(p).slice(start, end).trim() !== '')
})

describe('generateTextDirective properties', () => {
  it('resolves a word-aligned passage to exactly itself, uniquely, whenever any directive can', () => {
    fc.assert(
      fc.property(wordAlignedCase, ({ paragraphs, start, end }) => {
        expectBestPossible(paragraphs, start, end, { start, end })
      }),
      { numRuns: 400 },
    )
  })

  it('widens any other passage to the smallest word-aligned passage around it', () => {
    fc.assert(
      fc.property(anyPassageCase, ({ paragraphs, start, end }) => {
        const text = articleText(paragraphs)
        // Trimmed of whitespace, then widened to the word boundaries around it.
        let from = start
        let to = end
        while (/\s/u.test(text.charAt(from))) from++
        while (/\s/u.test(text.charAt(to - 1))) to--
        const first = locate(paragraphs, from)
        const last = locate(paragraphs, to - 1)
        const firstBoundaries = boundaries(paragraphs[first.index] ?? '')
        const lastBoundaries = boundaries(paragraphs[last.index] ?? '')
        let local = first.local
        while (!firstBoundaries.has(local)) local--
        const widenedStart = from - first.local + local
        local = last.local + 1
        while (!lastBoundaries.has(local)) local++
        const widenedEnd = to - (last.local + 1) + local
        const range = { start: widenedStart, end: widenedEnd }
        expect(range.start <= from && to <= range.end).toBe(true)

        expectBestPossible(paragraphs, start, end, range)
      }),
      { numRuns: 400 },
    )
  })

  it('can address nearly every passage uniquely, even with so few distinct words', () => {
    const cases = fc.sample(wordAlignedCase, { numRuns: 300, seed: 42 })
    const unique = cases.filter(({ paragraphs, start, end }) => expectBestPossible(paragraphs, start, end, { start, end })).length
    expect(unique / cases.length).toBeGreaterThan(0.95)
  })
})
