import { describe, expect, it } from 'vitest'
import { buildSearchIndex } from '../../pipeline/build-search-index'
import { SearchIndex } from '../../lib/search/search-index'
import { buildFacetData, FacetIndex } from '../../lib/facets/facets'
import { NO_FILTERS, type FindParams } from './find-params'
import { runFind } from './run-find'

// Newest first, as the list and both indexes number them.
const ARTICLES = [
  { id: 'a'.repeat(16), date: '2026-03-03', dateline: 'SEOUL', people: ['Kim Jong Un'], places: ['North Korea'], organisations: [], headline: 'Kim visits Moscow', body: 'Talks with Putin in Moscow.' },
  { id: 'b'.repeat(16), date: '2026-02-02', dateline: 'MOSCOW', people: ['Vladimir Putin'], places: ['Russia'], organisations: [], headline: 'Putin speaks', body: 'A speech in Moscow about the war.' },
  { id: 'c'.repeat(16), date: '2026-01-01', dateline: 'SEOUL', people: [], places: ['South Korea'], organisations: ['Stimson Center'], headline: 'Seoul markets', body: 'Shares rose in Seoul.' },
]

// Two spellings of one place lead to one page, as the build's entity pages fold them.
const PAGES: Record<string, string> = { 'Kim Jong Un': 'people/kim-jong-un', Russia: 'places/russia', 'North Korea': 'places/north-korea' }
const facets = new FacetIndex(buildFacetData(ARTICLES, (_facet, value) => PAGES[value]))
const built = buildSearchIndex(ARTICLES.map(({ headline, body }) => ({ headline, dek: '', body })))
const search = () => new SearchIndex(built.manifest, (key) => Promise.resolve(built.shards.get(key) ?? ''))
const params = (change: Partial<FindParams>): FindParams => ({ ...NO_FILTERS, ...change })
const none = {}

describe('runFind', () => {
  it('answers a text search without the facet data, newest first, without counts', async () => {
    const result = await runFind(null, search(), params({ query: 'moscow', sort: 'newest' }), none, { withCounts: false })
    expect([...result.docs]).toEqual([0, 1])
    expect(result.total).toBe(2)
    expect(result.facets).toBeUndefined()
    expect(result.terms).toContain('moscow')
  })

  it('narrows a search by a facet and sorts oldest first', async () => {
    const result = await runFind(facets, search(), params({ query: 'moscow', sort: 'oldest', facets: { ...NO_FILTERS.facets, dateline: ['Moscow'] } }), none)
    expect([...result.docs]).toEqual([1])
  })

  it('counts facet values over the results only when asked', async () => {
    const filtered = params({ facets: { ...NO_FILTERS.facets, dateline: ['Seoul'] } })
    const counted = await runFind(facets, null, filtered, none, { withCounts: true })
    expect([...counted.docs]).toEqual([0, 2])
    expect(counted.facets?.dateline).toContainEqual({ value: 'Seoul', count: 2, selected: true })
    expect((await runFind(facets, null, filtered, none, { withCounts: false })).facets).toBeUndefined()
  })

  it('filters by the reader’s saved articles', async () => {
    const result = await runFind(facets, null, params({ saved: true }), { saved: new Set(['b'.repeat(16)]) })
    expect([...result.docs]).toEqual([1])
  })

  it('follows: articles naming any followed entity, whatever its kind', async () => {
    const result = await runFind(facets, null, params({ following: true }), { following: new Set(['places/russia', 'people/kim-jong-un']) })
    expect([...result.docs]).toEqual([0, 1])
    expect((await runFind(facets, null, params({ following: true }), {})).total).toBe(0)
  })

  it('names each counted value’s page, when it has one', async () => {
    const counted = await runFind(facets, null, params({}), none, { withCounts: true })
    expect(counted.facets?.person).toEqual([
      { value: 'Kim Jong Un', count: 1, selected: false, page: 'people/kim-jong-un' },
      { value: 'Vladimir Putin', count: 1, selected: false },
    ])
    expect(counted.facets?.dateline.every((value) => value.page === undefined)).toBe(true)
  })
})
