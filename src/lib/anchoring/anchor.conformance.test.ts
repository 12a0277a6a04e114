/**
 * Runs every case of conformance/anchoring.json (see conformance/README.md),
 * judged by the rules for an approximate matcher:
 *  - `approximateExpect` overrides `expect` where present;
 *  - `anyOf` accepts any one of the listed ranges;
 *  - `acceptNull: true` also accepts null;
 *  - `fuzzy: true` accepts a result within two code units of each end.
 */
import { describe, expect, it } from 'vitest'
import { anchor, type Selector } from './anchor'
import data from './conformance/anchoring.json'

type Range = { start: number; end: number }
type Expectation = Range | null | { anyOf: [number, number][] }
type Case = {
  id: string
  text: string
  selectors: Selector[]
  expect: Expectation
  approximateExpect?: Range | null
  acceptNull?: boolean
  fuzzy: boolean
}

const cases = (data as unknown as { cases: Case[] }).cases
const FUZZY_SLACK = 2

function accepts(c: Case, got: Range | null): boolean {
  const expected: Expectation = c.approximateExpect !== undefined ? c.approximateExpect : c.expect
  if (got === null) return expected === null || c.acceptNull === true
  if (expected === null) return false
  const ranges = 'anyOf' in expected ? expected.anyOf : [[expected.start, expected.end] as const]
  const slack = c.fuzzy ? FUZZY_SLACK : 0
  return ranges.some(([start, end]) => Math.abs(got.start - start) <= slack && Math.abs(got.end - end) <= slack)
}

describe('anchoring conformance (Apache Annotator, Hypothesis, dom-anchor-text-quote)', () => {
  it('has all 102 cases, with unique ids', () => {
    expect(cases).toHaveLength(102)
    expect(new Set(cases.map((c) => c.id)).size).toBe(102)
  })

  for (const c of cases) {
    it(c.id, () => {
      const got = anchor(c.text, c.selectors)
      const expected = c.approximateExpect !== undefined ? c.approximateExpect : c.expect
      expect(accepts(c, got), `got ${JSON.stringify(got)}, expected ${JSON.stringify(expected)}`).toBe(true)
    })
  }
})
