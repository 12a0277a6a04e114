import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { effectiveSort, isFiltering, NO_FILTERS, paramsFromSearch, searchFromParams, type FindParams } from './find-params'

describe('find params in the URL', () => {
  it('reads a shared filtered view', () => {
    expect(paramsFromSearch(new URLSearchParams('q=putin&place=Pyongyang&person=Vladimir%20Putin&person=Kim%20Jong%20Un&from=2025-06-01&to=2025-06-30&saved=1&sort=oldest'))).toEqual({
      query: 'putin',
      facets: { person: ['Vladimir Putin', 'Kim Jong Un'], place: ['Pyongyang'], organisation: [], dateline: [] },
      from: '2025-06-01',
      to: '2025-06-30',
      saved: true,
      highlighted: false,
      sort: 'oldest',
    })
  })

  it('ignores what it does not understand', () => {
    expect(paramsFromSearch(new URLSearchParams('sort=sideways&from=yesterday&to=2025-13-45&saved=yes&x=1&person='))).toEqual(NO_FILTERS)
  })

  it('round-trips any params', () => {
    const value = fc.string({ minLength: 1, maxLength: 30 }).map((text) => text.trim()).filter(Boolean)
    const params = fc.record({
      query: fc.string({ maxLength: 40 }),
      facets: fc.record({
        person: fc.uniqueArray(value, { maxLength: 3 }),
        place: fc.uniqueArray(value, { maxLength: 3 }),
        organisation: fc.uniqueArray(value, { maxLength: 3 }),
        dateline: fc.uniqueArray(value, { maxLength: 3 }),
      }),
      saved: fc.boolean(),
      highlighted: fc.boolean(),
    })
    fc.assert(
      fc.property(params, (given: FindParams) => {
        expect(paramsFromSearch(new URLSearchParams(searchFromParams(given).toString()))).toEqual(given)
      }),
    )
  })
})

describe('effectiveSort', () => {
  it('is relevance while searching and newest otherwise, unless chosen', () => {
    expect(effectiveSort({ ...NO_FILTERS, query: 'kim' })).toBe('relevance')
    expect(effectiveSort(NO_FILTERS)).toBe('newest')
    expect(effectiveSort({ ...NO_FILTERS, query: 'kim', sort: 'oldest' })).toBe('oldest')
    expect(effectiveSort({ ...NO_FILTERS, sort: 'relevance' })).toBe('newest')
  })
})

describe('isFiltering', () => {
  it('is false only for the plain list', () => {
    expect(isFiltering(NO_FILTERS)).toBe(false)
    expect(isFiltering({ ...NO_FILTERS, sort: 'oldest' })).toBe(false)
    expect(isFiltering({ ...NO_FILTERS, highlighted: true })).toBe(true)
  })
})
