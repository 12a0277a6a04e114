import { LIST_PARAM } from '../../config/paths'
import type { ArticleEntities } from '../../lib/articles/article'
import { ENTITY_KEYS, ENTITY_KINDS, type EntityKind } from '../../lib/entities/entity'
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from './highlight'

/**
 * The highlights view's filters, as they live in the URL (`?q=&color=&article=&place=`). An
 * entity is named as in the list's address (`person=`, `place=`, `org=`), so the same words
 * filter both.
 */
export type HighlightFilters = { query: string; color?: HighlightColor; articleId?: string; about?: EntityFilter }
export type EntityFilter = { kind: EntityKind; name: string }

const MAX_NAME_LENGTH = 200

export function filtersFromSearchParams(params: URLSearchParams): HighlightFilters {
  const color = params.get('color')
  const articleId = params.get('article')
  const about = entityFrom(params)
  return {
    query: params.get('q') ?? '',
    // Anything unknown in the URL is ignored rather than fatal.
    ...(isColor(color) ? { color } : {}),
    ...(articleId && /^[0-9a-f]{16}$/.test(articleId) ? { articleId } : {}),
    ...(about ? { about } : {}),
  }
}

function entityFrom(params: URLSearchParams): EntityFilter | undefined {
  for (const kind of ENTITY_KINDS) {
    const name = params.get(LIST_PARAM[kind])?.trim()
    if (name && name.length <= MAX_NAME_LENGTH) return { kind, name }
  }
  return undefined
}

export function searchParamsFromFilters({ query, color, articleId, about }: HighlightFilters): URLSearchParams {
  const params = new URLSearchParams()
  if (query.trim()) params.set('q', query)
  if (color) params.set('color', color)
  if (articleId) params.set('article', articleId)
  if (about) params.set(LIST_PARAM[about.kind], about.name)
  return params
}

function isColor(value: string | null): value is HighlightColor {
  return (HIGHLIGHT_COLORS as readonly string[]).includes(value ?? '')
}

/**
 * Case- and accent-insensitive; every word of the query must appear in the quote or the note.
 * `entitiesOf` names who and what each article is about, for the entity filter: a highlight
 * whose article is not known (yet) does not match it.
 */
export function filterHighlights(
  highlights: readonly Highlight[],
  { query, color, articleId, about }: HighlightFilters,
  entitiesOf: (articleId: string) => ArticleEntities | undefined = () => undefined,
): Highlight[] {
  const terms = fold(query).split(/\s+/).filter(Boolean)
  return highlights.filter((highlight) => {
    if (color && highlight.color !== color) return false
    if (articleId && highlight.articleId !== articleId) return false
    if (about && !(entitiesOf(highlight.articleId)?.[ENTITY_KEYS[about.kind]].includes(about.name) ?? false)) return false
    if (terms.length === 0) return true
    const haystack = fold(`${highlight.selectors[0].exact} ${highlight.note}`)
    return terms.every((term) => haystack.includes(term))
  })
}

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase()
}
