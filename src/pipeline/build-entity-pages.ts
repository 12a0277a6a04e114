import type { Article } from '../lib/articles/article.ts'
import { ENTITY_KEYS, ENTITY_KINDS, type EntityKind, type EntityPage } from '../lib/entities/entity.ts'
import { entitySlug } from '../lib/entities/entity-slug.ts'

/**
 * The pages for the people, places and organisations in the news. Pure: from the articles
 * (newest first, with their extracted names and quotes) to what each page shows.
 *
 * Which entities get a page: the MAX_ENTITY_PAGES most-named (by number of articles, then by
 * name), so the number of pages is bounded however large the corpus; the rest are found
 * through the list's filters. Names that fold to the same address ("Łódź", "Lodz") are one
 * entity, shown under its most common spelling.
 */
export const MAX_ENTITY_PAGES = 20_000
/** The newest articles listed on a page; the list, filtered to the entity, has them all. */
export const ENTITY_TIMELINE_LENGTH = 100
const RELATED_LENGTH = 12
const QUOTES_LENGTH = 20

/** One entity: every spelling of a name that folds to one slug, in one kind. `index` numbers the groups from 0. */
type Group = { index: number; kind: EntityKind; slug: string; spellings: Map<string, number>; articles: number[]; name: string }

export type EntityPages = {
  pages: EntityPage[]
  /** The address part of a name's page, when it has one. */
  slugOf: (kind: EntityKind, name: string) => string | undefined
}

export function buildEntityPages(articles: readonly Article[], maxPages = MAX_ENTITY_PAGES): EntityPages {
  // Names repeat across articles: each is folded once.
  const slugs = new Map<string, string>()
  const slugOfName = (name: string) => {
    let slug = slugs.get(name)
    if (slug === undefined) slugs.set(name, (slug = entitySlug(name)))
    return slug
  }
  const keyOf = (kind: EntityKind, name: string) => `${kind}\0${slugOfName(name)}`
  const groups = new Map<string, Group>()
  // Each article's entities, once each (two spellings of one name count once).
  const groupsOfArticle = articles.map((article, position) => {
    const found = new Set<Group>()
    for (const kind of ENTITY_KINDS) {
      for (const name of article.entities[ENTITY_KEYS[kind]]) {
        const slug = slugOfName(name)
        if (slug === '') continue
        const key = keyOf(kind, name)
        let group = groups.get(key)
        if (!group) groups.set(key, (group = { index: groups.size, kind, slug, spellings: new Map(), articles: [], name }))
        group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1)
        if (group.articles.at(-1) !== position) group.articles.push(position)
        found.add(group)
      }
    }
    return [...found]
  })
  for (const group of groups.values()) group.name = [...group.spellings].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
  const ranked = [...groups.values()].sort((a, b) => b.articles.length - a.articles.length || a.name.localeCompare(b.name))
  const withPage = new Set(ranked.slice(0, maxPages))
  // Asked for every name of every article: answered once per name and kind.
  const pageSlugs = new Map(ENTITY_KINDS.map((kind) => [kind, new Map<string, string | undefined>()]))
  const slugOf = (kind: EntityKind, name: string) => {
    const known = pageSlugs.get(kind)
    if (known?.has(name)) return known.get(name)
    const group = groups.get(keyOf(kind, name))
    const slug = group && withPage.has(group) ? group.slug : undefined
    known?.set(name, slug)
    return slug
  }
  const shared = new Int32Array(groups.size)
  const pages = [...withPage].map(
    (group): EntityPage => ({
      kind: group.kind,
      name: group.name,
      slug: group.slug,
      articleCount: group.articles.length,
      articles: group.articles.slice(0, ENTITY_TIMELINE_LENGTH).map((position) => {
        const { id, slug, headline, date, dateline } = articles[position] as Article
        return { id, slug, headline, date, ...(dateline ? { dateline } : {}) }
      }),
      related: relatedTo(group, groupsOfArticle, withPage, shared),
      quotes: group.kind === 'person' ? quotesBy(group, articles, slugOfName) : [],
    }),
  )
  return { pages, slugOf }
}

/**
 * The entities that share most articles with the group, most first, then by name. Counted in
 * `shared` (one slot per group, all zero between calls) and picked in one pass, not sorted:
 * with a Map and a sort of every co-occurring group, this step was 1.3 s of a rebuild at
 * 100,000 articles (20,000 pages, the busiest sharing articles with thousands of groups).
 */
function relatedTo(group: Group, groupsOfArticle: readonly Group[][], withPage: ReadonlySet<Group>, shared: Int32Array): EntityPage['related'] {
  const others: Group[] = [] // in the order first met, which breaks ties as a stable sort would
  for (const position of group.articles) {
    for (const other of groupsOfArticle[position] ?? []) {
      if (other === group) continue
      const count = shared[other.index] ?? 0
      if (count === 0) others.push(other)
      shared[other.index] = count + 1
    }
  }
  const picked = mostShared(others, shared, RELATED_LENGTH)
  for (const other of others) shared[other.index] = 0
  return picked.map(({ group: other, count }) => ({ kind: other.kind, name: other.name, count, ...(withPage.has(other) ? { slug: other.slug } : {}) }))
}

type Shared = { group: Group; count: number }

/** The first `length` of `groups` by count (most first), then by name, as a stable sort would order them. */
function mostShared(groups: readonly Group[], shared: Int32Array, length: number): Shared[] {
  const picked: Shared[] = []
  for (const group of groups) {
    const count = shared[group.index] ?? 0
    const before = (other: Shared) => count > other.count || (count === other.count && group.name.localeCompare(other.group.name) < 0)
    const last = picked.at(-1)
    if (picked.length === length && last && !before(last)) continue
    let at = picked.length
    while (at > 0 && before(picked[at - 1] as Shared)) at -= 1
    picked.splice(at, 0, { group, count })
    if (picked.length > length) picked.pop()
  }
  return picked
}

function quotesBy(group: Group, articles: readonly Article[], slugOfName: (name: string) => string): EntityPage['quotes'] {
  const quotes: EntityPage['quotes'] = []
  for (const position of group.articles) {
    const article = articles[position] as Article
    for (const quote of article.quotes) {
      if (quotes.length < QUOTES_LENGTH && slugOfName(quote.speaker) === group.slug) quotes.push({ text: quote.text, article: { slug: article.slug, headline: article.headline } })
    }
  }
  return quotes
}
