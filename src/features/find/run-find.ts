import type { SearchIndex } from '../../lib/search/search-index'
import type { FacetCounts, FacetIndex, PersonalSets } from '../../lib/facets/facets'
import { effectiveSort, searchText, type FindParams } from './find-params'

export type FindResult = {
  total: number
  /** Article numbers in the list (newest first = 0), in the order to show them. */
  docs: Uint32Array
  /** Counts per facet value over the results; only when asked for (the filter panel shows them). */
  facets?: FacetCounts
  /** Index terms the text query matched, to emphasise in results. */
  terms: string[]
}

/**
 * One find: the text query (if any) through the search index, then the facet, date and
 * personal filters, then the sort, then the facet counts over what remains. Pure apart
 * from the index's shard loading; runs in the find worker. `facets` may be null when no
 * filter is set and no counts are wanted, so a text search need not wait for the facet data.
 */
export async function runFind(
  facets: FacetIndex | null,
  search: SearchIndex | null,
  params: FindParams,
  personal: PersonalSets,
  { withCounts = true }: { withCounts?: boolean } = {},
): Promise<FindResult> {
  // Without the facet data (a plain text search), nothing filters and nothing is counted.
  const keep = facets?.matcher(params, personal) ?? null
  let docs: Uint32Array
  let terms: string[] = []
  if (searchText(params) && search) {
    const found = await search.search(params.query)
    terms = found.matchedTerms
    docs = keep ? found.docs.filter((doc) => keep(doc)) : found.docs
    const sort = effectiveSort(params)
    if (sort !== 'relevance') docs = Uint32Array.from(docs).sort()
    if (sort === 'oldest') docs.reverse()
  } else {
    docs = allDocs(facets?.size ?? 0, keep)
    if (effectiveSort(params) === 'oldest') docs.reverse()
  }
  // Counting every facet value over many results costs more than the search itself.
  return { total: docs.length, docs, ...(withCounts && facets ? { facets: facets.counts(docs, params) } : {}), terms }
}

function allDocs(size: number, keep: ((doc: number) => boolean) | null): Uint32Array {
  const docs = new Uint32Array(size)
  let count = 0
  for (let doc = 0; doc < size; doc++) if (!keep || keep(doc)) docs[count++] = doc
  return docs.slice(0, count)
}
