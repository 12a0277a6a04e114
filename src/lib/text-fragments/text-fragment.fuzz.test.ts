// Fuzz suite (fast-check, fixed seed): text-fragment links, as anyone can write them.
// text-fragment.test.ts has the small properties (never throws, round trip with short terms);
// this one feeds fragments of tens of KB and terms up to MAX_TERM_LENGTH, follows links all the
// way to a passage of an article, and holds every input to the 100 ms the Hardening issue asks for.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { sharedPassageFromFragment } from './shared-passage'
import { formatTextDirective, MAX_TERM_LENGTH, parseTextFragment, parseTextFragmentReporting, type TextDirective } from './text-fragment'
import { RUN_SETTINGS, SUITE_TIMEOUT_MS, withinBudget } from '../testing/fuzz-budget'

/** The Broadsheet seed article's first paragraphs. */
const ARTICLE = [
  'Kim Jong Un held the first public commemoration for North Korean troops who died fighting in support of Russia’s war with Ukraine, in a ceremony likely aimed at preparing the population for further such deployments.',
  'The disclosure occurred at a glitzy Pyongyang gala performance, where the North Korean leader hosted Russia’s culture minister, according to a Monday evening broadcast on Pyongyang’s state-run television.',
  'Watching the scene at the gala event held Sunday, Kim shed tears.',
  '“They are telecasting to North Korea’s military personnel that they could be deployed to a foreign country,” he said.',
]

/** An article of about 100,000 characters: paragraphs of the seed's words in a fixed pseudo-random order. */
const LONG_ARTICLE = ((): string[] => {
  const words = ARTICLE.join(' ').split(' ')
  let state = 1
  const next = (below: number) => {
    state = (state * 48_271) % 2_147_483_647
    return state % below
  }
  return Array.from({ length: 250 }, () => Array.from({ length: 60 + next(20) }, () => words[next(words.length)]).join(' '))
})()

/** Piece by piece, with a short piece sometimes repeated into a long run (cheap to generate, and what slows parsers down). */
function runsOf(piece: fc.Arbitrary<string>, maxLength: number): fc.Arbitrary<string> {
  const chunk = fc.oneof(piece, fc.tuple(piece, fc.integer({ min: 1, max: 2000 })).map(([text, times]) => text.repeat(times)))
  return fc.array(chunk, { maxLength: 40 }).map((chunks) => chunks.join('').slice(0, maxLength))
}

const syntax = fc.constantFrom(':~:', 'text=', '&', ',', '-', '-,', ',-', '%', '%2', '%2D', '%E2', '%E2%80', '%FF', '%20', '\uD800', '\uDC00', '#')
/** A raw (percent-encoded) term, of any length: sometimes over the limit, sometimes invalid. */
const rawTerm = runsOf(fc.oneof(fc.constantFrom('Kim', 'a', '.', '~', '%20', '%2D', '%2C', '%E2%80%99', '%C3%A9', '%F0%9F%98%83', '%', '%F'), fc.string({ maxLength: 8 })), 20_000)
/** One `text=` directive, made of raw terms with or without prefix, end and suffix. */
const textItem = fc
  .tuple(fc.option(rawTerm), rawTerm, fc.option(rawTerm), fc.option(rawTerm))
  .map(([prefix, start, end, suffix]) => `text=${prefix === null ? '' : `${prefix}-,`}${start}${end === null ? '' : `,${end}`}${suffix === null ? '' : `,-${suffix}`}`)
/** A fragment (what follows `#`), of up to 40,000 code units: anything, or directives after `:~:`. */
const fragment = fc.oneof(
  runsOf(fc.oneof(syntax, fc.string({ maxLength: 12 }), fc.string({ unit: 'binary', maxLength: 6 })), 40_000),
  fc
    .tuple(fc.string({ maxLength: 10 }), fc.array(fc.oneof(textItem, fc.string({ maxLength: 20 })), { minLength: 1, maxLength: 4 }))
    .map(([before, items]) => `${before}:~:${items.join('&')}`.slice(0, 40_000)),
)

/** A term that round-trips: well formed (a lone surrogate cannot be UTF-8 encoded), at most MAX_TERM_LENGTH code units. */
const term = fc
  .oneof(
    fc.string({ unit: 'binary', minLength: 1, maxLength: 60 }),
    fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: 100 })).map(([piece, times]) => piece.repeat(times)),
  )
  // Up to the limit, without half of a surrogate pair at the cut.
  .map((text) => text.slice(0, MAX_TERM_LENGTH).replace(/[\uD800-\uDBFF]$/, ''))
const directive: fc.Arbitrary<TextDirective> = fc.record({ prefix: term, start: term, end: term, suffix: term }, { requiredKeys: ['start'], noNullPrototype: true })

/** Words of the article, edited a little, as a reader's link would hold them. */
const articleWords = fc
  .tuple(fc.nat(), fc.integer({ min: 1, max: 30 }), fc.string({ maxLength: 3 }))
  .map(([at, count, typo]) => {
    const words = ARTICLE.join(' ').split(' ')
    const first = at % words.length
    const text = words.slice(first, first + count).join(' ')
    return typo === '' ? text : text.slice(0, text.length >> 1) + typo + text.slice((text.length >> 1) + typo.length)
  })
  .filter((text) => text.trim() !== '')
const articleDirective: fc.Arbitrary<TextDirective> = fc.record(
  { prefix: articleWords, start: fc.oneof(articleWords, term), end: articleWords, suffix: articleWords },
  { requiredKeys: ['start'], noNullPrototype: true },
)

describe('fuzz: text-fragment links', { timeout: SUITE_TIMEOUT_MS }, () => {
  it('parses any fragment without throwing, into terms no longer than the limit', () => {
    fc.assert(
      fc.property(
        fragment,
        withinBudget((input: string) => {
          const { directives, tooLong } = parseTextFragmentReporting(input)
          expect(tooLong).toBeGreaterThanOrEqual(0)
          for (const d of directives) {
            for (const t of [d.prefix, d.start, d.end, d.suffix]) if (t !== undefined) expect(t.length).toBeLessThanOrEqual(MAX_TERM_LENGTH)
          }
        }),
      ),
      { ...RUN_SETTINGS, numRuns: 300 },
    )
  })

  it('parses what it formats back to the same directives, terms of up to the limit included', () => {
    fc.assert(
      fc.property(
        fc.array(directive, { minLength: 1, maxLength: 3 }),
        withinBudget((ds: TextDirective[]) => {
          expect(parseTextFragment(`section:~:${ds.map(formatTextDirective).join('&')}`)).toStrictEqual(ds)
        }),
      ),
      { ...RUN_SETTINGS, numRuns: 200 },
    )
  })

  it('leaves out, and counts, a formatted directive with a term over the limit', () => {
    const overLimit = fc.integer({ min: MAX_TERM_LENGTH + 1, max: 3 * MAX_TERM_LENGTH }).map((length) => 'é'.repeat(length))
    fc.assert(
      fc.property(
        directive,
        fc.constantFrom('prefix', 'start', 'end', 'suffix'),
        overLimit,
        withinBudget((d: TextDirective, key: keyof TextDirective, long: string) => {
          expect(parseTextFragmentReporting(`:~:${formatTextDirective({ ...d, [key]: long })}`)).toStrictEqual({ directives: [], tooLong: 1 })
        }),
      ),
      { ...RUN_SETTINGS, numRuns: 50 },
    )
  })

  it('follows any link to a passage, or to a reason there is none', () => {
    const link = fc.oneof(
      fragment,
      fc.array(fc.oneof(articleDirective, directive), { minLength: 1, maxLength: 2 }).map((ds) => `:~:${ds.map(formatTextDirective).join('&')}`),
    )
    fc.assert(
      fc.property(
        link,
        fc.boolean(),
        withinBudget((input: string, long: boolean) => {
          const paragraphs = long ? LONG_ARTICLE : ARTICLE
          const passage = sharedPassageFromFragment(paragraphs, input)
          if (passage !== null && passage.status !== 'missing') {
            expect(0 <= passage.start && passage.start < passage.end && passage.end <= paragraphs.join('\n\n').length).toBe(true)
          }
        }),
      ),
      { ...RUN_SETTINGS, numRuns: 100 },
    )
  })
})
