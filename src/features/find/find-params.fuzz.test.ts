// Fuzz suite (fast-check, fixed seed): the list's URL parameters, read from anything a link can
// hold. The small round-trip property lives in find-params.test.ts; this one feeds large and
// hostile query strings, and holds every input to the 100 ms the Hardening issue asks for.
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { LIST_PARAM } from '../../config/paths'
import { FACETS } from '../../lib/facets/facets'
import { paramsFromSearch, searchFromParams, SORTS, type FindParams } from './find-params'
import { RUN_SETTINGS, SUITE_TIMEOUT_MS, withinBudget } from '../../lib/testing/fuzz-budget'

const day = fc.oneof(
  fc.date({ min: new Date('1900-01-01'), max: new Date('2200-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
  // Impossible and malformed days, and near misses.
  fc.tuple(fc.integer({ min: 0, max: 9999 }), fc.integer({ min: 0, max: 13 }), fc.integer({ min: 0, max: 32 })).map(
    ([y, m, d]) => `${String(y).padStart(4, '0')}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`,
  ),
  fc.constantFrom('2025-02-30', '2024-02-29', '2025-1-5', '20250101', '2025-01-01T00:00Z', ' 2025-01-01', ''),
)
const text = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 300 }),
  fc.string({ unit: 'grapheme', maxLength: 120 }),
  fc.constantFrom('newest', 'oldest', 'relevance', '1', '0', 'yes', ' kim ', '%', '%E2%82', '&', '=', '+'),
  // Around the 200-code-unit cut, with characters of two code units to cut in half.
  fc.string({ unit: fc.constantFrom('a', ' ', 'é', '😃', '👍🏽'), minLength: 150, maxLength: 400 }),
)
const key = fc.oneof(fc.constantFrom(...Object.values(LIST_PARAM)), fc.string({ maxLength: 8 }))
const value = fc.oneof(day, text)
/** A query string as pairs, up to a few hundred of them (tens of KB). */
const pairs = fc.array(fc.tuple(key, value), { maxLength: 300 })
/** A query string as raw text, percent signs and all. */
const raw = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 20_000 }),
  fc.array(fc.oneof(fc.constantFrom('&', '=', '%', '%2', '%F0%9F', '+', 'q=', 'from=', 'to=', 'person='), fc.string({ maxLength: 40 })), { maxLength: 800 }).map((parts) => parts.join('')),
)

/** What paramsFromSearch promises of anything it returns. */
function expectWellFormed(params: FindParams) {
  expect(params.query.length).toBeLessThanOrEqual(200)
  for (const facet of FACETS) {
    const values = params.facets[facet]
    expect(new Set(values).size).toBe(values.length)
    for (const v of values) {
      expect(v).toBe(v.trim())
      expect(v.length).toBeGreaterThan(0)
      expect(v.length).toBeLessThanOrEqual(200)
    }
  }
  for (const d of [params.from, params.to]) if (d !== undefined) expect(new Date(`${d}T00:00:00Z`).toISOString().slice(0, 10)).toBe(d)
  if (params.from !== undefined && params.to !== undefined) expect(params.from <= params.to).toBe(true)
  if (params.sort !== undefined) expect(SORTS).toContain(params.sort)
}

/** Reading what it wrote gives back what it read. */
function expectRoundTrip(params: FindParams) {
  expect(paramsFromSearch(new URLSearchParams(searchFromParams(params).toString()))).toEqual(params)
}

describe('fuzz: list URL parameters', { timeout: SUITE_TIMEOUT_MS }, () => {
  it('reads any parameters without throwing, well formed, and writes them back unchanged', () => {
    fc.assert(
      fc.property(
        pairs,
        withinBudget((entries: [string, string][]) => {
          const params = paramsFromSearch(new URLSearchParams(entries))
          expectWellFormed(params)
          expectRoundTrip(params)
        }),
      ),
      { ...RUN_SETTINGS, numRuns: 300 },
    )
  })

  it('reads any query string without throwing, and writes it back unchanged', () => {
    fc.assert(
      fc.property(
        raw,
        withinBudget((search: string) => {
          const params = paramsFromSearch(new URLSearchParams(search))
          expectWellFormed(params)
          expectRoundTrip(params)
        }),
      ),
      { ...RUN_SETTINGS, numRuns: 200 },
    )
  })
})
