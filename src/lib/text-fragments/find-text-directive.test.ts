import { describe, expect, it } from 'vitest'
import { articleText } from '../articles/article-text'
import { findTextDirective, findTextDirectiveMatches } from './find-text-directive'
import { MAX_TERM_LENGTH, type TextDirective } from './text-fragment'

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

/** The range of the `occurrence`-th (0-based) verbatim occurrence of `passage` in `text`. */
function rangeOf(passage: string, occurrence = 0, text = TEXT): { start: number; end: number } {
  let start = -1
  for (let i = 0; i <= occurrence; i++) {
    start = text.indexOf(passage, start + 1)
    if (start === -1) throw new Error(`test setup: no occurrence ${occurrence} of ${passage}`)
  }
  return { start, end: start + passage.length }
}

function find(directive: TextDirective, paragraphs: readonly string[] = ARTICLE) {
  return findTextDirective(paragraphs, directive)
}

describe('findTextDirective on the seed article', () => {
  it('finds a phrase that occurs once, and only once', () => {
    expect(find({ start: 'Kim shed tears' })).toStrictEqual(rangeOf('Kim shed tears'))
    expect(findTextDirectiveMatches(ARTICLE, { start: 'Kim shed tears' })).toStrictEqual([rangeOf('Kim shed tears')])
  })

  it('finds every occurrence of a common word, the first in the lede', () => {
    const matches = findTextDirectiveMatches(ARTICLE, { start: 'Kim' })
    expect(matches).toHaveLength(7)
    expect(matches[0]).toStrictEqual({ start: 0, end: 3 })
    expect(find({ start: 'Kim' })).toStrictEqual({ start: 0, end: 3 })
    expect(matches.map((match) => TEXT.slice(match.start, match.end))).toStrictEqual(Array<string>(7).fill('Kim'))
    // Document order, no duplicates.
    expect(matches.map((match) => match.start)).toStrictEqual([...matches.map((match) => match.start)].sort((a, b) => a - b))
  })

  it('stops at the limit', () => {
    expect(findTextDirectiveMatches(ARTICLE, { start: 'Kim' }, 2)).toHaveLength(2)
    expect(findTextDirectiveMatches(ARTICLE, { start: 'Kim' }, 0)).toStrictEqual([])
  })

  it('ignores case', () => {
    expect(find({ start: 'KIM SHED TEARS' })).toStrictEqual(rangeOf('Kim shed tears'))
    expect(find({ start: 'kim shed tears' })).toStrictEqual(rangeOf('Kim shed tears'))
  })

  it('treats typographic and straight quotes alike', () => {
    expect(find({ start: "Russia's war" })).toStrictEqual(rangeOf('Russia’s war'))
    expect(find({ start: 'Russia’s war' })).toStrictEqual(rangeOf('Russia’s war'))
    expect(find({ start: '"Let us bravely' })).toStrictEqual(rangeOf('“Let us bravely'))
  })

  it('matches a start,end range across paragraphs, up to the first end after the start', () => {
    const from = TEXT.indexOf('Watching the scene')
    const to = TEXT.indexOf('assistance.') + 'assistance.'.length
    expect(find({ start: 'Watching the scene', end: 'assistance.' })).toStrictEqual({ start: from, end: to })
    // "Kim" occurs again after "Watching": the range ends at the first one.
    expect(find({ start: 'Watching', end: 'Kim' })).toStrictEqual({ start: from, end: rangeOf('Kim shed').start + 3 })
  })

  it('tells occurrences apart by prefix and suffix', () => {
    expect(find({ prefix: 'photographs showed', start: 'Kim' })).toStrictEqual({ start: rangeOf('Kim, wearing').start, end: rangeOf('Kim, wearing').start + 3 })
    expect(find({ start: 'Kim', suffix: 'agreed last month' })).toStrictEqual({ start: rangeOf('Kim agreed').start, end: rangeOf('Kim agreed').start + 3 })
    expect(find({ prefix: 'Sunday,', start: 'Kim', suffix: 'shed' })).toStrictEqual({ start: rangeOf('Kim shed').start, end: rangeOf('Kim shed').start + 3 })
    expect(findTextDirectiveMatches(ARTICLE, { start: 'Kim', suffix: 'was' })).toStrictEqual([
      { start: rangeOf('Kim was').start, end: rangeOf('Kim was').start + 3 },
    ])
  })

  it('accepts context across a paragraph break, as whitespace', () => {
    // "The" starts three paragraphs; the one after "Kim shed tears." is meant.
    const theEvent = rangeOf('The event commemorated').start
    expect(find({ prefix: 'shed tears.', start: 'The' })).toStrictEqual({ start: theEvent, end: theEvent + 3 })
    // A suffix at the beginning of the next paragraph.
    expect(find({ start: 'he said.', suffix: 'Moscow and' })).toStrictEqual(rangeOf('he said.'))
    expect(find({ start: 'he said.', suffix: 'Pyongyang' })).toBeNull()
    // "said" occurs twice: once before "Michael", once before a period.
    expect(find({ start: 'said', suffix: 'Michael' })).toStrictEqual(rangeOf('said'))
    expect(find({ start: 'said', suffix: '.' })).toStrictEqual(rangeOf('said', 1))
  })

  it('requires the context to be adjacent, whitespace aside', () => {
    expect(find({ prefix: 'Kim', start: 'tears' })).toBeNull()
    expect(find({ start: 'Kim', suffix: 'tears' })).toBeNull()
    expect(find({ start: 'Kim', suffix: 'Jong' })).toStrictEqual({ start: 0, end: 3 })
  })

  it('returns null when nothing matches', () => {
    expect(find({ start: 'Kim Jong Il' })).toBeNull()
    expect(find({ start: 'Watching', end: 'Kim Jong Un' })).toBeNull()
    expect(find({ prefix: 'nowhere', start: 'Kim' })).toBeNull()
    expect(find({ start: '' })).toBeNull()
    expect(findTextDirective([], { start: 'Kim' })).toBeNull()
  })

  it('only matches whole words (word boundaries at both ends of the terms)', () => {
    expect(find({ start: 'shed tea' })).toBeNull()
    expect(find({ start: 'ears' })).toBeNull()
    expect(find({ start: 'im shed tears' })).toBeNull()
    expect(find({ start: 'Watching', end: 'assist' })).toBeNull()
    expect(find({ start: 'Watching', end: 'sistance.' })).toBeNull()
    // Punctuation is its own word: "D.C." is bounded before "-based".
    expect(find({ start: 'Washington, D.C.' })).toStrictEqual(rangeOf('Washington, D.C.'))
    expect(find({ start: 'year' })).toStrictEqual(rangeOf('year'))
  })

  it('checks "prefix + start" and "end + suffix" as wholes, like the spec', () => {
    // The spec only bounds the outside of a term with its context: the "ears" of "tears" can be reached.
    expect(find({ prefix: 'shed t', start: 'ears' })).toStrictEqual({ start: rangeOf('tears').start + 1, end: rangeOf('tears').end })
    expect(find({ start: 'shed t', suffix: 'ears' })).toStrictEqual({ start: rangeOf('shed t').start, end: rangeOf('shed t').end })
    expect(find({ prefix: 'hed', start: 'tears' })).toBeNull()
    expect(find({ start: 'shed', suffix: 'tea' })).toBeNull()
  })

  it('never matches a single term across a paragraph break', () => {
    expect(find({ start: 'Kim shed tears. The event' })).toBeNull()
    expect(find({ start: 'tears.\n\nThe event' })).toBeNull()
    expect(find({ start: 'tears.', end: 'The event' })).toStrictEqual({ start: rangeOf('tears.').start, end: rangeOf('The event').end })
  })
})

describe('findTextDirective on small texts', () => {
  it('collapses whitespace runs inside a paragraph', () => {
    const paragraphs = ['a  quick\tbrown\nfox', 'jumps\u00A0over']
    expect(findTextDirective(paragraphs, { start: 'quick brown fox' })).toStrictEqual({ start: 3, end: 18 })
    expect(findTextDirective(paragraphs, { start: 'a quick' })).toStrictEqual({ start: 0, end: 8 })
    expect(findTextDirective(paragraphs, { start: 'a \t quick' })).toStrictEqual({ start: 0, end: 8 })
    expect(findTextDirective(paragraphs, { start: 'jumps over' })).toStrictEqual({ start: 20, end: 30 })
  })

  it('ignores accents and soft hyphens', () => {
    const paragraphs = ['Café society', 'A CAFE', 'co\u00ADoperate and cafe\u0301s']
    expect(findTextDirectiveMatches(paragraphs, { start: 'cafe' })).toStrictEqual([
      { start: 0, end: 4 },
      { start: 16, end: 20 },
    ])
    expect(findTextDirective(paragraphs, { start: 'cooperate' })).toStrictEqual({ start: 22, end: 32 })
    // A combining accent belongs to its letter: "cafés" (decomposed) matches whole.
    expect(findTextDirective(paragraphs, { start: 'CAFÉS' })).toStrictEqual({ start: 37, end: 43 })
  })

  it('takes the first end that is followed by the suffix', () => {
    const paragraphs = ['one two end three', 'end four']
    expect(findTextDirective(paragraphs, { start: 'one', end: 'end' })).toStrictEqual({ start: 0, end: 11 })
    expect(findTextDirective(paragraphs, { start: 'one', end: 'end', suffix: 'four' })).toStrictEqual({ start: 0, end: 22 })
    expect(findTextDirective(paragraphs, { start: 'one', end: 'end', suffix: 'five' })).toBeNull()
  })

  it('tries every prefix occurrence in turn', () => {
    const paragraphs = ['x a', 'x b', 'x a x b']
    expect(findTextDirectiveMatches(paragraphs, { prefix: 'x', start: 'b' })).toStrictEqual([
      { start: 7, end: 8 },
      { start: 16, end: 17 },
    ])
  })

  it('tells identical paragraphs apart by their neighbours', () => {
    const paragraphs = ['a b', 'c', 'a b', 'd']
    expect(findTextDirectiveMatches(paragraphs, { start: 'a b' })).toHaveLength(2)
    expect(findTextDirectiveMatches(paragraphs, { start: 'a b', suffix: 'd' })).toStrictEqual([{ start: 8, end: 11 }])
    expect(findTextDirectiveMatches(paragraphs, { prefix: 'c', start: 'a' })).toStrictEqual([{ start: 8, end: 9 }])
  })

  it('handles empty paragraphs as nothing but a break', () => {
    const paragraphs = ['one', '', 'two']
    expect(findTextDirective(paragraphs, { prefix: 'one', start: 'two' })).toStrictEqual({ start: 7, end: 10 })
    expect(findTextDirective(paragraphs, { start: 'one', end: 'two' })).toStrictEqual({ start: 0, end: 10 })
  })
})

describe('findTextDirective on long terms', () => {
  it(`finds nothing for a term over ${MAX_TERM_LENGTH} characters, even one that occurs`, () => {
    const paragraph = 'word '.repeat(MAX_TERM_LENGTH).trim()
    const longest = paragraph.slice(0, MAX_TERM_LENGTH - 1)
    expect(findTextDirective([paragraph], { start: longest })).toStrictEqual({ start: 0, end: longest.length })
    expect(findTextDirective([paragraph], { start: paragraph.slice(0, MAX_TERM_LENGTH + 4) })).toBeNull()
    expect(findTextDirective([paragraph], { prefix: paragraph.slice(0, MAX_TERM_LENGTH + 4), start: 'word' })).toBeNull()
  })
})
