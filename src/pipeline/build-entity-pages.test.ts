import { describe, expect, it } from 'vitest'
import type { Article, ArticleEntities } from '../lib/articles/article.ts'
import { buildEntityPages, ENTITY_TIMELINE_LENGTH } from './build-entity-pages.ts'

let serial = 0
function article(entities: Partial<ArticleEntities>, quotes: Article['quotes'] = []): Article {
  serial++
  return {
    id: serial.toString(16).padStart(16, '0'),
    slug: `article-${serial}`,
    date: `2025-${String(12 - (serial % 12)).padStart(2, '0')}-01`,
    headline: `Headline ${serial}`,
    dek: 'Dek.',
    readingMinutes: 1,
    paragraphs: ['Dek.'],
    wordCount: 1,
    textHash: '',
    entities: { people: [], places: [], organisations: [], ...entities },
    quotes,
  }
}

describe('buildEntityPages', () => {
  it('makes a page per name with its articles, newest first, the names beside it and what it said', () => {
    const newer = article({ people: ['Kim Jong Un', 'Vladimir Putin'], places: ['Pyongyang'] }, [{ text: 'We stand together.', speaker: 'Kim Jong Un' }])
    const older = article({ people: ['Kim Jong Un'], places: ['Pyongyang', 'Seoul'] })
    const { pages, slugOf } = buildEntityPages([newer, older])
    const kim = pages.find((page) => page.slug === 'kim-jong-un')
    expect(kim).toMatchObject({ kind: 'person', name: 'Kim Jong Un', articleCount: 2 })
    expect(kim?.articles.map((entry) => entry.slug)).toEqual([newer.slug, older.slug])
    expect(kim?.related).toEqual([
      { kind: 'place', name: 'Pyongyang', slug: 'pyongyang', count: 2 },
      { kind: 'place', name: 'Seoul', slug: 'seoul', count: 1 },
      { kind: 'person', name: 'Vladimir Putin', slug: 'vladimir-putin', count: 1 },
    ])
    expect(kim?.quotes).toEqual([{ text: 'We stand together.', article: { slug: newer.slug, headline: newer.headline } }])
    expect(pages.find((page) => page.slug === 'pyongyang')?.quotes).toEqual([])
    expect(slugOf('place', 'Seoul')).toBe('seoul')
    expect(slugOf('person', 'Seoul')).toBeUndefined()
  })

  it('gives spellings that fold alike one page, under the most common spelling', () => {
    const { pages, slugOf } = buildEntityPages([article({ places: ['Łódź'] }), article({ places: ['Łódź'] }), article({ places: ['Lodz'] })])
    expect(pages).toHaveLength(1)
    expect(pages[0]).toMatchObject({ name: 'Łódź', slug: 'lodz', articleCount: 3 })
    expect(slugOf('place', 'Lodz')).toBe('lodz')
  })

  it('bounds the number of pages: the most-named first, the rest left to the list’s filters', () => {
    const articles = [article({ places: ['Kyiv', 'Oslo'] }), article({ places: ['Kyiv'] }), article({ places: ['Lima'] })]
    const { pages, slugOf } = buildEntityPages(articles, 2)
    expect(pages.map((page) => page.name)).toEqual(['Kyiv', 'Lima'])
    expect(slugOf('place', 'Oslo')).toBeUndefined()
    expect(pages[0]?.related).toEqual([{ kind: 'place', name: 'Oslo', count: 1 }])
  })

  it('names the 12 entities sharing most articles, then by name, as sorting them all would', () => {
    // Kyiv beside 40 places, each in a few of its articles: many share a count, some a name.
    const names = Array.from({ length: 40 }, (_, n) => `Place ${String.fromCharCode(65 + ((n * 7) % 26))}${n % 3}`)
    const articles = Array.from({ length: 60 }, (_, n) => article({ places: ['Kyiv', ...names.filter((_, k) => (n * 31 + k * 17) % 7 < (k % 4))], people: n % 5 === 0 ? ['Place A0'] : [] }))
    const kyiv = buildEntityPages(articles).pages.find((page) => page.name === 'Kyiv')
    const counts = new Map<string, { kind: string; name: string; count: number }>()
    for (const { entities } of articles) {
      for (const [kind, list] of [['place', entities.places], ['person', entities.people]] as const) {
        for (const name of list) if (name !== 'Kyiv') counts.set(`${kind} ${name}`, { kind, name, count: (counts.get(`${kind} ${name}`)?.count ?? 0) + 1 })
      }
    }
    const expected = [...counts.values()].sort((a, b) => b.count - a.count || a.name.localeCompare(b.name)).slice(0, 12)
    expect(kyiv?.related.map(({ kind, name, count }) => ({ kind, name, count }))).toEqual(expected)
    expect(new Set(expected.map(({ count }) => count)).size).toBeLessThan(12) // ties were broken
  })

  it('lists the newest articles of a much-named entity, and counts them all', () => {
    const articles = Array.from({ length: ENTITY_TIMELINE_LENGTH + 20 }, () => article({ places: ['Russia'] }))
    const [russia] = buildEntityPages(articles).pages
    expect(russia?.articleCount).toBe(ENTITY_TIMELINE_LENGTH + 20)
    expect(russia?.articles).toHaveLength(ENTITY_TIMELINE_LENGTH)
    expect(russia?.articles[0]?.slug).toBe(articles[0]?.slug)
  })
})
