// Fuzz suite (fast-check, fixed seed): the import of a Web Annotation file, fed anything a file
// can hold. web-annotation.test.ts has the small properties (round trip, one damaged slot, any
// value); this one feeds large files, damaged many times over, as JSON and as text, and holds
// every input to the 100 ms the Hardening issue asks for.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HIGHLIGHT_COLORS, HIGHLIGHT_SCHEMA_VERSION, parseHighlight, type Highlight } from './highlight'
import { fromAnnotationCollection, toAnnotationCollection, type ImportOutcome } from './web-annotation'
import { RUN_SETTINGS, SUITE_TIMEOUT_MS, withinBudget } from '../../lib/testing/fuzz-budget'

/** A refusal is read by a person: a sentence or two, never a dump of what the file held. */
const MAX_REFUSAL_LENGTH = 1_000

/** The documented answers, and nothing else: valid highlights, or one short refusal that ends a sentence. */
function expectDocumentedOutcome(outcome: ImportOutcome) {
  if (outcome.ok) {
    for (const highlight of outcome.highlights) expect(parseHighlight(highlight)).toEqual({ ok: true, highlight })
  } else {
    expect(outcome.error).toMatch(/\.$/)
    expect(outcome.error.length).toBeLessThanOrEqual(MAX_REFUSAL_LENGTH)
  }
}

/** Any of the documented answers, quickly, for `input`. */
const importsWithinBudget = withinBudget((input: unknown) => {
  expectDocumentedOutcome(fromAnnotationCollection(input))
})

/**
 * Text of up to about `maxLength` code points: a random piece, or a short one repeated (cheap to
 * generate at any length, and long runs are what slow parsers down).
 */
const longText = (maxLength: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 100 }),
    fc.tuple(fc.string({ unit: 'binary', minLength: 1, maxLength: 20 }), fc.integer({ min: 1, max: Math.ceil(maxLength / 20) })).map(([piece, times]) => piece.repeat(times)),
  )
const highlight: fc.Arbitrary<Highlight> = fc.record(
  {
    schemaVersion: fc.constant(HIGHLIGHT_SCHEMA_VERSION),
    id: fc.uuid(),
    articleId: fc.stringMatching(/^[0-9a-f]{16}$/),
    selectors: fc.tuple(
      fc.record({ type: fc.constant('TextQuoteSelector' as const), exact: longText(1000).filter((exact) => exact !== ''), prefix: fc.string(), suffix: fc.string() }),
      fc.tuple(fc.nat(), fc.integer({ min: 1, max: 100_000 })).map(([start, length]) => ({ type: 'TextPositionSelector' as const, start, end: start + length })),
    ),
    textHash: fc.string(),
    color: fc.constantFrom(...HIGHLIGHT_COLORS),
    note: longText(1000),
    createdAt: fc.constant('2025-07-01T09:30:00.000Z'),
    updatedAt: fc.constant('2025-07-02T09:30:00.000Z'),
  },
  { noNullPrototype: true },
)
/** A whole export of up to 40 highlights: tens of KB. */
const exportFile = fc.array(highlight, { minLength: 1, maxLength: 40, size: 'medium' }).map((highlights) => JSON.parse(JSON.stringify(toAnnotationCollection(highlights, { articleUrl: () => undefined }))) as unknown)

/** Values to put where a file holds something else: junk, huge and hostile numbers and strings. */
const junk = fc.oneof(
  fc.jsonValue({ maxDepth: 3 }),
  fc.constantFrom(1e308, -1, 2 ** 53, 0.5, Number.MAX_SAFE_INTEGER, '', 'urn:uuid:', 'AnnotationCollection', 'Annotation', [], {}, null),
  longText(20_000),
)

/** Every place in a JSON value that holds a value: its container and key. */
function slots(value: unknown): [Record<string, unknown>, string][] {
  if (typeof value !== 'object' || value === null) return []
  const container = value as Record<string, unknown>
  return Object.keys(container).flatMap((key): [Record<string, unknown>, string][] => [[container, key], ...slots(container[key])])
}

describe('fuzz: the Web Annotation import', { timeout: SUITE_TIMEOUT_MS }, () => {
  it('gives a documented answer to an export damaged in many places', () => {
    fc.assert(
      fc.property(exportFile, fc.array(fc.tuple(fc.nat(), junk), { minLength: 1, maxLength: 8 }), (file, damages) => {
        for (const [pick, value] of damages) {
          const places = slots(file)
          const place = places[pick % places.length]
          if (place) place[0][place[1]] = value
        }
        importsWithinBudget(file)
        importsWithinBudget(JSON.stringify(file))
      }),
      { ...RUN_SETTINGS, numRuns: 150 },
    )
  })

  it('gives a documented answer to any JSON', () => {
    fc.assert(fc.property(fc.jsonValue({ maxDepth: 6, depthSize: 'medium' }), (value) => importsWithinBudget(value)), { ...RUN_SETTINGS, numRuns: 300 })
  })

  it('gives a documented answer to any text, and to an export cut short or garbled', () => {
    const text = fc.oneof(
      longText(30_000),
      fc.tuple(exportFile, fc.nat(), fc.string({ maxLength: 3 })).map(([file, at, garble]) => {
        const json = JSON.stringify(file)
        const cut = at % (json.length + 1)
        return json.slice(0, cut) + garble + json.slice(cut + garble.length)
      }),
    )
    fc.assert(fc.property(text, (value) => importsWithinBudget(value)), { ...RUN_SETTINGS, numRuns: 200 })
  })
})
