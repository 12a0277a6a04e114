import { describe, expect, it } from 'vitest'
import type { Highlight } from './highlight'
import { filterHighlights, filtersFromSearchParams, searchParamsFromFilters } from './filter-highlights'

const make = (id: string, exact: string, note: string, color: Highlight['color'], articleId = '1195f8b02fb32f15'): Highlight => ({
  schemaVersion: 1,
  id,
  articleId,
  selectors: [
    { type: 'TextQuoteSelector', exact, prefix: '', suffix: '' },
    { type: 'TextPositionSelector', start: 0, end: exact.length },
  ],
  textHash: 'h',
  color,
  note,
  createdAt: '2025-07-01T10:00:00.000Z',
  updatedAt: '2025-07-01T10:00:00.000Z',
})

const all = [
  make('1', 'Kim shed tears', 'An emotional display', 'yellow'),
  make('2', 'were cremated in Kursk', '', 'blue'),
  make('3', 'Café Pyongyang', 'résumé of events', 'green', 'c0ffee003229785a'),
]

describe('filterHighlights', () => {
  it('matches every word in the quote or the note, ignoring case and accents', () => {
    expect(filterHighlights(all, { query: 'EMOTIONAL kim' }).map((h) => h.id)).toEqual(['1'])
    expect(filterHighlights(all, { query: 'cafe resume' }).map((h) => h.id)).toEqual(['3'])
    expect(filterHighlights(all, { query: 'kim kursk' })).toEqual([])
  })

  it('filters by who or what the article is about', () => {
    const entities = new Map([['1195f8b02fb32f15', { people: ['Kim Jong Un'], places: ['Kursk', 'Russia'], organisations: [] }]])
    const about = (kind: 'person' | 'place', name: string) => filterHighlights(all, { query: '', about: { kind, name } }, (id) => entities.get(id)).map((h) => h.id)
    expect(about('place', 'Russia')).toEqual(['1', '2'])
    expect(about('person', 'Russia')).toEqual([])
    // Article 3 is not known (yet): it does not match.
    expect(about('place', 'Pyongyang')).toEqual([])
  })

  it('filters by colour and by article', () => {
    expect(filterHighlights(all, { query: '', color: 'blue' }).map((h) => h.id)).toEqual(['2'])
    expect(filterHighlights(all, { query: '', articleId: 'c0ffee003229785a' }).map((h) => h.id)).toEqual(['3'])
  })
})

describe('filters in the URL', () => {
  it('names an entity as the list does', () => {
    expect(searchParamsFromFilters({ query: '', about: { kind: 'place', name: 'Russia' } }).toString()).toBe('place=Russia')
  })

  it('round-trips', () => {
    const filters = { query: 'kim', color: 'pink', articleId: '1195f8b02fb32f15', about: { kind: 'organisation', name: 'Stimson Center' } } as const
    expect(filtersFromSearchParams(searchParamsFromFilters(filters))).toEqual(filters)
  })

  it('ignores unknown or malformed values', () => {
    expect(filtersFromSearchParams(new URLSearchParams(`color=red&article=nope&x=1&place=%20&person=${'x'.repeat(201)}`))).toEqual({ query: '' })
  })
})
