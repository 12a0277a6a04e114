import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { PREFIX_MIN_LENGTH } from '../../lib/search/search-index'
import { effectiveSort, isFiltering, NO_FILTERS, paramsFromSearch, SEARCH_MIN_LENGTH, searchFromParams, searchText, type FindParams } from './find-params'

describe('find params in the URL', () => {
  it('reads a shared filtered view', () => {
    expect(paramsFromSearch(new URLSearchParams('q=putin&place=Pyongyang&person=Vladimir%20Putin&person=Kim%20Jong%20Un&from=2025-06-01&to=2025-06-30&saved=1&sort=oldest'))).toEqual({
      query: 'putin',
      facets: { person: ['Vladimir Putin', 'Kim Jong Un'], place: ['Pyongyang'], organisation: [], dateline: [] },
      from: '2025-06-01',
      to: '2025-06-30',
      saved: true,
      highlighted: false,
      following: false,
      sort: 'oldest',
    })
  })

  it('ignores what it does not understand', () => {
    expect(paramsFromSearch(new URLSearchParams('sort=sideways&from=yesterday&to=2025-13-45&saved=yes&x=1&person='))).toEqual(NO_FILTERS)
  })

  it('ignores a date that is not a real day', () => {
    for (const day of ['2025-02-30', '2025-02-29', '2023-04-31', '2025-00-10', '2025-01-00', '2025-1-5', '0099-01-01', '2025-01-01T00:00']) {
      expect(paramsFromSearch(new URLSearchParams({ from: day, to: day }))).toEqual(NO_FILTERS)
    }
    expect(paramsFromSearch(new URLSearchParams('from=2024-02-29&to=2025-02-30'))).toEqual({ ...NO_FILTERS, from: '2024-02-29' })
  })

  it('cuts a long query at 200 code units, never inside a surrogate pair', () => {
    expect(paramsFromSearch(new URLSearchParams({ q: 'a'.repeat(250) })).query).toBe('a'.repeat(200))
    const query = paramsFromSearch(new URLSearchParams({ q: `${'a'.repeat(199)}😃 and more` })).query
    expect(query).toBe('a'.repeat(199))
    expect(paramsFromSearch(searchFromParams({ ...NO_FILTERS, query })).query).toBe(query)
  })

  it('reads a range given the wrong way round as the range meant', () => {
    expect(paramsFromSearch(new URLSearchParams('from=2025-06-30&to=2025-06-01'))).toEqual({ ...NO_FILTERS, from: '2025-06-01', to: '2025-06-30' })
    expect(paramsFromSearch(new URLSearchParams('from=2025-06-01&to=2025-06-01'))).toEqual({ ...NO_FILTERS, from: '2025-06-01', to: '2025-06-01' })
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
      following: fc.boolean(),
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
    expect(isFiltering({ ...NO_FILTERS, following: true })).toBe(true)
  })

  it('is not yet searching on one character typed: the search index needs two', () => {
    expect(SEARCH_MIN_LENGTH).toBe(PREFIX_MIN_LENGTH)
    expect(isFiltering({ ...NO_FILTERS, query: ' s ' })).toBe(false)
    expect(isFiltering({ ...NO_FILTERS, query: 'Łó' })).toBe(true)
    expect(searchText({ ...NO_FILTERS, query: ' s ' })).toBe('')
    expect(searchText({ ...NO_FILTERS, query: ' kim ' })).toBe('kim')
    // One character beyond the Basic Multilingual Plane is one character, not two.
    expect(searchText({ ...NO_FILTERS, query: '𝔸' })).toBe('')
    expect(effectiveSort({ ...NO_FILTERS, query: 's' })).toBe('newest')
  })
})
