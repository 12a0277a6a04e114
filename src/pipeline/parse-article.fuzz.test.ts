// Fuzz suite (fast-check, fixed seed): the article parser, fed files of tens of KB. The small
// properties (any short text, article-shaped lines) live in parse-article.test.ts; this one
// builds whole files from the pieces a parser's regular expressions care about, repeated into
// long runs, and holds every file to the 100 ms the Hardening issue asks for.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleFormatError, parseArticle } from './parse-article'
import { RUN_SETTINGS, SUITE_TIMEOUT_MS, withinBudget } from '../lib/testing/fuzz-budget'

/** Parses `source`; an ArticleFormatError is a documented answer, anything else fails the test. */
const parsesWithinBudget = withinBudget((source: string) => {
  try {
    const article = parseArticle(source)
    expect(article.paragraphs.length).toBeGreaterThan(0)
    expect(article.date).toMatch(/^\d{4}-\d{2}-\d{2}$/)
  } catch (error) {
    if (!(error instanceof ArticleFormatError)) throw error
    expect(error.line).toBeGreaterThanOrEqual(1)
  }
})

/** What the dateline, date and front matter expressions look at, and ordinary words. */
const piece = fc.oneof(
  fc.constantFrom('A. ', 'A.', 'SEOUL', 'WASHINGTON, D.C.', 'KYIV, Ukraine', '—', '--', ' — ', '–', '. ', '” ', ') ', '! ', 'NATO—', 'A—', "O'", '’', ' ', '  ', '\t', '\u00a0'),
  fc.constantFrom('\n', '\r\n', '\r', '\n\n', '\uFEFF', 'date ', 'date 2025-07-01 ', 'date 2025-02-30 ', '---\n', 'title: x\n', '<script>', '&amp;'),
  fc.string({ maxLength: 10 }),
  fc.string({ unit: 'binary', maxLength: 4 }),
)
/** A piece, or a piece repeated up to 4,000 times. */
const chunk = fc.oneof(piece, fc.tuple(piece, fc.integer({ min: 1, max: 4000 })).map(([text, times]) => text.repeat(times)))
/** Up to 60,000 code units made of chunks. */
const body = fc.array(chunk, { maxLength: 30 }).map((chunks) => chunks.join('').slice(0, 60_000))

describe('fuzz: the article parser', { timeout: SUITE_TIMEOUT_MS }, () => {
  it('reads a file with a valid date line and anything after it, or says what is wrong', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('date 2025-07-01 ', 'date 2024-02-29\n\n', '\uFEFF  date 2025-07-01 A caption. ', '---\ntitle: A title\n---\ndate 2025-07-01 '),
        body,
        (start, rest) => {
          parsesWithinBudget(start + rest)
        },
      ),
      { ...RUN_SETTINGS, numRuns: 200 },
    )
  })

  it('reads any file, or says what is wrong', () => {
    fc.assert(fc.property(body, (source) => parsesWithinBudget(source)), { ...RUN_SETTINGS, numRuns: 200 })
  })

  it('reads front matter of any shape, or says what is wrong', () => {
    const yaml = fc.oneof(
      body,
      // Nesting makes the YAML parser recurse: up to the length limit, and well past it.
      fc.integer({ min: 1, max: 5000 }).map((depth) => `title: ${'['.repeat(depth)}x${']'.repeat(depth)}`),
      fc.integer({ min: 1, max: 500 }).map((depth) => `title: ${'{a: '.repeat(depth)}x${'}'.repeat(depth)}`.slice(0, 1000)),
      fc.integer({ min: 1, max: 2000 }).map((count) => `a: &a [x]\n${Array.from({ length: count }, (_, i) => `k${i}: *a`).join('\n')}`),
    )
    fc.assert(
      fc.property(yaml, body, (frontMatter, rest) => {
        parsesWithinBudget(`---\n${frontMatter}\n---\ndate 2025-07-01 ${rest}`)
      }),
      { ...RUN_SETTINGS, numRuns: 100 },
    )
  })
})
