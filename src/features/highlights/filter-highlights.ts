import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from './highlight'

/** The highlights view's filters, as they live in the URL (`?q=&color=&article=`). */
export type HighlightFilters = { query: string; color?: HighlightColor; articleId?: string }

export function filtersFromSearchParams(params: URLSearchParams): HighlightFilters {
  const color = params.get('color')
  const articleId = params.get('article')
  return {
    query: params.get('q') ?? '',
    // Anything unknown in the URL is ignored rather than fatal.
    ...(isColor(color) ? { color } : {}),
    ...(articleId && /^[0-9a-f]{16}$/.test(articleId) ? { articleId } : {}),
  }
}

export function searchParamsFromFilters({ query, color, articleId }: HighlightFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (query.trim()) params.set('q', query)
  if (color) params.set('color', color)
  if (articleId) params.set('article', articleId)
  return params
}

function isColor(value: string | null): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly string[]).includes(value ?? '')
}

/** Case- and accent-insensitive; every word of the query must appear in the quote or the note. */
export function filterHighlights(highlights: readonly Highlight[], { query, color, articleId }: HighlightFilters): Highlight[] {
  const terms = fold(query).split(/\s+/).filter(Boolean)
  return highlights.filter((highlight) => {
    if (color && highlight.color !== color) return false
    if (articleId && highlight.articleId !== articleId) return false
    if (terms.length === 0) return true
    const haystack = fold(`${highlight.selectors[0].exact} ${highlight.note}`)
    return terms.every((term) => haystack.includes(term))
  })
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}
