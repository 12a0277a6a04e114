import type { ListFacet } from '../../config/paths.ts'

/** The facets an article is filed under, in the order the list offers them. */
export const FACETS = ['person', 'place', 'organisation', 'dateline'] as const satisfies readonly ListFacet[]
export type Facet = ListFacet

/** What the facet index filters on (the list's parameters have this shape, and a text query besides). */
export type FacetFilters = {
  facets: Record<Facet, readonly string[]>
  from?: string | undefined
  to?: string | undefined
  saved: boolean
  highlighted: boolean
  following: boolean
}

/**
 * The news facets of every article (who, where, filed from where, when): the format, its
 * writer (the build) and its reader (the find worker, to filter and count), side by side. Columnar: one entry per article in
 * list order (newest first), with each facet's values stored once in a dictionary.
 */
export type FacetData = {
  ids: string[]
  /** Days since 1970-01-01, per article. */
  days: number[]
  values: Record<Facet, string[]>
  /** Per article, the indices of its values in `values[facet]`. */
  docs: Record<Facet, number[][]>
  /**
   * Per value of the entity facets, its page (`people/kim-jong-un`, the path without its
   * slash), or null when it has none; for the filter panel's links and the Following filter.
   */
  pages: Record<EntityFacet, (string | null)[]>
}

/** The facets whose values are people, places and organisations, which may have pages. */
export type EntityFacet = Exclude<Facet, 'dateline'>
const ENTITY_FACETS = ['person', 'place', 'organisation'] as const satisfies readonly EntityFacet[]

export type FacetSource = { id: string; date: string; dateline?: string; people: readonly string[]; places: readonly string[]; organisations: readonly string[] }

/** `pageOf`: the page of an entity facet's value, when it has one. */
export function buildFacetData(articles: Iterable<FacetSource>, pageOf: (facet: EntityFacet, value: string) => string | undefined = () => undefined): FacetData {
  const dictionaries = Object.fromEntries(FACETS.map((facet) => [facet, new Map<string, number>()])) as Record<Facet, Map<string, number>>
  const data: FacetData = {
    ids: [],
    days: [],
    values: { person: [], place: [], organisation: [], dateline: [] },
    docs: { person: [], place: [], organisation: [], dateline: [] },
    pages: { person: [], place: [], organisation: [] },
  }
  const indexOf = (facet: Facet, value: string) => {
    const dictionary = dictionaries[facet]
    let index = dictionary.get(value)
    if (index === undefined) {
      index = data.values[facet].push(value) - 1
      dictionary.set(value, index)
    }
    return index
  }
  for (const article of articles) {
    data.ids.push(article.id)
    data.days.push(dayNumber(article.date))
    data.docs.person.push(article.people.map((value) => indexOf('person', value)))
    data.docs.place.push(article.places.map((value) => indexOf('place', value)))
    data.docs.organisation.push(article.organisations.map((value) => indexOf('organisation', value)))
    data.docs.dateline.push(article.dateline ? [indexOf('dateline', displayDateline(article.dateline))] : [])
  }
  for (const facet of ENTITY_FACETS) data.pages[facet] = data.values[facet].map((value) => pageOf(facet, value) ?? null)
  return data
}

/** `WASHINGTON, D.C.` → `Washington, D.C.`: a dateline as a place name, for the facet. */
export function displayDateline(dateline: string): string {
  return dateline.toLowerCase().replace(/(^|[\s.,'’-])(\p{L})/gu, (_, before: string, letter: string) => before + letter.toUpperCase())
}

export function dayNumber(isoDay: string): number {
  return Math.floor(Date.parse(`${isoDay}T00:00:00Z`) / 86_400_000)
}

/** `page`: the value's page (`people/kim-jong-un`), when it has one. */
export type FacetCount = { value: string; count: number; selected: boolean; page?: string }
export type FacetCounts = Record<Facet, FacetCount[]>

/**
 * The reader's own data the filters use: which articles they saved or highlighted (by id),
 * and which entities they follow (by page, `places/russia`).
 */
export type PersonalSets = { saved?: ReadonlySet<string>; highlighted?: ReadonlySet<string>; following?: ReadonlySet<string> }

/** How many values of each facet are offered; selected ones are always shown too. */
const TOP_VALUES = 12

/**
 * Filters and counts over the facet data. Within people, places and organisations every
 * selected value must be mentioned (each narrows the list); an article has one dateline,
 * so selected datelines are alternatives.
 */
export class FacetIndex {
  private readonly lookups: Record<Facet, Map<string, number>>

  constructor(private readonly data: FacetData) {
    this.lookups = Object.fromEntries(FACETS.map((facet) => [facet, new Map(data.values[facet].map((value, index) => [value, index]))])) as Record<Facet, Map<string, number>>
  }

  get size(): number {
    return this.data.ids.length
  }

  /** A predicate for the params' filters (not the text query), or null when nothing filters. */
  matcher(params: FacetFilters, personal: PersonalSets): ((doc: number) => boolean) | null {
    const tests: ((doc: number) => boolean)[] = []
    for (const facet of FACETS) {
      const wanted = params.facets[facet].map((value) => this.lookups[facet].get(value) ?? -1)
      if (wanted.length === 0) continue
      const docs = this.data.docs[facet]
      tests.push(
        facet === 'dateline'
          ? (doc) => wanted.some((value) => docs[doc]?.includes(value))
          : (doc) => wanted.every((value) => docs[doc]?.includes(value)),
      )
    }
    const from = params.from ? dayNumber(params.from) : undefined
    const to = params.to ? dayNumber(params.to) : undefined
    if (from !== undefined || to !== undefined) {
      tests.push((doc) => {
        const day = this.data.days[doc] ?? 0
        return (from === undefined || day >= from) && (to === undefined || day <= to)
      })
    }
    if (params.saved) tests.push(this.idIn(personal.saved))
    if (params.highlighted) tests.push(this.idIn(personal.highlighted))
    if (params.following) tests.push(this.namesAnyOf(personal.following))
    return tests.length === 0 ? null : (doc) => tests.every((test) => test(doc))
  }

  private idIn(set: ReadonlySet<string> | undefined): (doc: number) => boolean {
    return (doc) => set?.has(this.data.ids[doc] ?? '') ?? false
  }

  /** Articles naming any of these pages' entities (in any spelling that leads to the page). */
  private namesAnyOf(pages: ReadonlySet<string> | undefined): (doc: number) => boolean {
    const followed = ENTITY_FACETS.map((facet) => [this.data.docs[facet], this.data.pages[facet].map((page) => page !== null && (pages?.has(page) ?? false))] as const)
    return (doc) => followed.some(([docs, isFollowed]) => docs[doc]?.some((value) => isFollowed[value]) ?? false)
  }

  /** How many of `docs` have each facet value: the busiest few, plus whatever is selected. */
  counts(docs: ArrayLike<number>, params: FacetFilters): FacetCounts {
    const result = {} as FacetCounts
    for (const facet of FACETS) {
      const tally = new Uint32Array(this.data.values[facet].length)
      const perDoc = this.data.docs[facet]
      for (let index = 0; index < docs.length; index++) {
        for (const value of perDoc[docs[index] ?? 0] ?? []) tally[value] = (tally[value] ?? 0) + 1
      }
      const selected = new Set(params.facets[facet])
      const ranked = [...tally.keys()]
        .filter((value) => (tally[value] ?? 0) > 0)
        .sort((a, b) => (tally[b] ?? 0) - (tally[a] ?? 0) || (this.data.values[facet][a] ?? '').localeCompare(this.data.values[facet][b] ?? ''))
        .slice(0, TOP_VALUES)
        .map((value) => this.data.values[facet][value] ?? '')
      const shown = [...new Set([...params.facets[facet], ...ranked])]
      result[facet] = shown.map((value) => {
        const index = this.lookups[facet].get(value)
        const page = facet === 'dateline' || index === undefined ? null : this.data.pages[facet][index]
        return { value, count: index === undefined ? 0 : (tally[index] ?? 0), selected: selected.has(value), ...(page ? { page } : {}) }
      })
    }
    return result
  }
}
