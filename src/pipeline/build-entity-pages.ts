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

type Group = { kind: EntityKind; slug: string; spellings: Map<string, number>; articles: number[] }

export type EntityPages = {
  pages: EntityPage[]
  /** The address part of a name's page, when it has one. */
  slugOf: (kind: EntityKind, name: string) => string | undefined
}

export function buildEntityPages(articles: readonly Article[], maxPages = MAX_ENTITY_PAGES): EntityPages {
  const groups = new Map<string, Group>()
  const keyOf = (kind: EntityKind, name: string) => `${kind}\0${entitySlug(name)}`
  articles.forEach((article, position) => {
    for (const kind of ENTITY_KINDS) {
      for (const name of new Set(article.entities[ENTITY_KEYS[kind]])) {
        const slug = entitySlug(name)
        if (slug === '') continue
        const key = `${kind}\0${slug}`
        let group = groups.get(key)
        if (!group) groups.set(key, (group = { kind, slug, spellings: new Map(), articles: [] }))
        group.spellings.set(name, (group.spellings.get(name) ?? 0) + 1)
        if (group.articles.at(-1) !== position) group.articles.push(position)
      }
    }
  })
  const nameOf = (group: Group) => [...group.spellings].reduce((best, entry) => (entry[1] > best[1] ? entry : best))[0]
  const ranked = [...groups.values()].sort((a, b) => b.articles.length - a.articles.length || nameOf(a).localeCompare(nameOf(b)))
  const withPage = new Set(ranked.slice(0, maxPages))
  const slugOf = (kind: EntityKind, name: string) => {
    const group = groups.get(keyOf(kind, name))
    return group && withPage.has(group) ? group.slug : undefined
  }
  const pages = [...withPage].map((group): EntityPage => {
    const name = nameOf(group)
    return {
      kind: group.kind,
      name,
      slug: group.slug,
      articleCount: group.articles.length,
      articles: group.articles.slice(0, ENTITY_TIMELINE_LENGTH).map((position) => {
        const { id, slug, headline, date, dateline } = articles[position] as Article
        return { id, slug, headline, date, ...(dateline ? { dateline } : {}) }
      }),
      related: relatedTo(group, articles, (kind, relatedName) => {
        const other = groups.get(keyOf(kind, relatedName))
        return { name: other ? nameOf(other) : relatedName, slug: slugOf(kind, relatedName) }
      }),
      quotes: group.kind === 'person' ? quotesBy(group, articles) : [],
    }
  })
  return { pages, slugOf }
}

/** The names that share most articles with the group's, most first. */
function relatedTo(group: Group, articles: readonly Article[], describe: (kind: EntityKind, name: string) => { name: string; slug: string | undefined }): EntityPage['related'] {
  const counts = new Map<string, { kind: EntityKind; name: string; count: number }>()
  for (const position of group.articles) {
    const article = articles[position] as Article
    const seen = new Set<string>()
    for (const kind of ENTITY_KINDS) {
      for (const name of article.entities[ENTITY_KEYS[kind]]) {
        const slug = entitySlug(name)
        const key = `${kind}\0${slug}`
        if ((kind === group.kind && slug === group.slug) || slug === '' || seen.has(key)) continue
        seen.add(key)
        const entry = counts.get(key)
        if (entry) entry.count++
        else counts.set(key, { kind, name, count: 1 })
      }
    }
  }
  return [...counts.values()]
    .sort((a, b) => b.count - a.count || a.name.localeCompare(b.name))
    .slice(0, RELATED_LENGTH)
    .map(({ kind, name, count }) => {
      const described = describe(kind, name)
      return { kind, name: described.name, count, ...(described.slug ? { slug: described.slug } : {}) }
    })
}

function quotesBy(group: Group, articles: readonly Article[]): EntityPage['quotes'] {
  const quotes: EntityPage['quotes'] = []
  for (const position of group.articles) {
    const article = articles[position] as Article
    for (const quote of article.quotes) {
      if (quotes.length < QUOTES_LENGTH && entitySlug(quote.speaker) === group.slug) quotes.push({ text: quote.text, article: { slug: article.slug, headline: article.headline } })
    }
  }
  return quotes
}
