import { LIST_PARAM } from '../../config/paths.ts'
import { FACETS, type Facet } from '../../lib/facets/facets.ts'
import { isRealIsoDay } from '../../lib/iso-day.ts'

/**
 * The list's search, filters and sort, as they live in the URL (`?q=&person=&place=…`), so a
 * filtered view is a link. Unknown or malformed parameters are ignored, never fatal: a date
 * that is not a real day (`2025-02-30`) is ignored, and a range whose `from` is after its `to`
 * is read the other way round (`from=2025-06-30&to=2025-06-01` is June), which is what whoever
 * wrote it meant; ignoring it would show the whole list instead, and an empty one would say
 * nothing about why.
 */
export const SORTS = ['newest', 'oldest', 'relevance'] as const
export type Sort = (typeof SORTS)[number]

export type FindParams = {
  query: string
  /** Selected values per facet; an article must match every one (a dateline: any one). */
  facets: Record<Facet, string[]>
  /** ISO days, inclusive. */
  from?: string
  to?: string
  saved: boolean
  highlighted: boolean
  /** The Following view: articles naming what the reader follows. */
  following: boolean
  /** Absent: relevance when searching, newest otherwise. */
  sort?: Sort
}

export const NO_FILTERS: FindParams = {
  query: '',
  facets: { person: [], place: [], organisation: [], dateline: [] },
  saved: false,
  highlighted: false,
  following: false,
}

const MAX_VALUE_LENGTH = 200

export function paramsFromSearch(search: URLSearchParams): FindParams {
  const day = (name: string) => {
    const value = search.get(name)
    return value !== null && isRealIsoDay(value) ? value : undefined
  }
  const values = (name: string) => [...new Set(search.getAll(name).map((value) => value.trim()))].filter((value) => value && value.length <= MAX_VALUE_LENGTH)
  const sort = search.get(LIST_PARAM.sort)
  // ISO days compare as strings.
  const [from, to] = inOrder(day(LIST_PARAM.from), day(LIST_PARAM.to))
  return {
    query: clip(search.get(LIST_PARAM.query) ?? ''),
    facets: { person: values(LIST_PARAM.person), place: values(LIST_PARAM.place), organisation: values(LIST_PARAM.organisation), dateline: values(LIST_PARAM.dateline) },
    ...(from ? { from } : {}),
    ...(to ? { to } : {}),
    saved: search.get(LIST_PARAM.saved) === '1',
    highlighted: search.get(LIST_PARAM.highlighted) === '1',
    following: search.get(LIST_PARAM.following) === '1',
    ...(SORTS.includes(sort as Sort) ? { sort: sort as Sort } : {}),
  }
}

/**
 * The first MAX_VALUE_LENGTH code units of `value`, without half of a surrogate pair at the end:
 * a lone surrogate does not survive the trip through the URL (it comes back as U+FFFD).
 */
function clip(value: string): string {
  const clipped = value.slice(0, MAX_VALUE_LENGTH)
  return clipped.length < value.length && /[\uD800-\uDBFF]$/.test(clipped) ? clipped.slice(0, -1) : clipped
}

function inOrder(from: string | undefined, to: string | undefined): [string | undefined, string | undefined] {
  return from !== undefined && to !== undefined && from > to ? [to, from] : [from, to]
}

export function searchFromParams(params: FindParams): URLSearchParams {
  const search = new URLSearchParams()
  if (params.query) search.set(LIST_PARAM.query, params.query)
  for (const facet of FACETS) for (const value of params.facets[facet]) search.append(LIST_PARAM[facet], value)
  if (params.from) search.set(LIST_PARAM.from, params.from)
  if (params.to) search.set(LIST_PARAM.to, params.to)
  if (params.saved) search.set(LIST_PARAM.saved, '1')
  if (params.highlighted) search.set(LIST_PARAM.highlighted, '1')
  if (params.following) search.set(LIST_PARAM.following, '1')
  if (params.sort) search.set(LIST_PARAM.sort, params.sort)
  return search
}

/** Characters a search needs: the search index's PREFIX_MIN_LENGTH (find-params.test.ts checks). */
export const SEARCH_MIN_LENGTH = 2

/**
 * The text query as a search: '' while it is shorter than SEARCH_MIN_LENGTH. A first letter
 * typed leaves the list as it is, instead of finding nothing.
 */
export function searchText(params: FindParams): string {
  const text = params.query.trim()
  return Array.from(text).length < SEARCH_MIN_LENGTH ? '' : text
}

/** The sort in force: relevance is the default only while there is something to be relevant to. */
export function effectiveSort(params: FindParams): Sort {
  if (params.sort === 'relevance' && !searchText(params)) return 'newest'
  return params.sort ?? (searchText(params) ? 'relevance' : 'newest')
}

export function isFiltering(params: FindParams): boolean {
  return searchText(params) !== '' || hasFilters(params)
}

/** Any filter besides the text query: facets, dates, saved, highlighted, following. */
export function hasFilters(params: FindParams): boolean {
  return (
    FACETS.some((facet) => params.facets[facet].length > 0) ||
    params.from !== undefined ||
    params.to !== undefined ||
    params.saved ||
    params.highlighted ||
    params.following
  )
}
