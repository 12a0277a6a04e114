import { extractFromJson, extractFromXml } from '@extractus/feed-extractor'
import { describe, expect, it } from 'vitest'
import type { Article } from '../lib/articles/article.ts'
import { entityFeed, FEED_LENGTH, siteFeeds, writeFeeds } from './site-feeds.ts'

function article(n: number, overrides: Partial<Article> = {}): Article {
  const day = new Date(Date.UTC(2025, 5, 30) - n * 86_400_000).toISOString().slice(0, 10)
  return {
    id: n.toString(16).padStart(16, '0'),
    slug: `article-${n}`,
    date: day,
    headline: `Headline ${n}`,
    dek: `Dek ${n}.`,
    dateline: 'SEOUL',
    readingMinutes: 1,
    paragraphs: [`Dek ${n}.`, 'More text.'],
    wordCount: 4,
    textHash: '0'.repeat(16),
    entities: { people: ['Kim Jong Un'], places: ['Seoul'], organisations: [] },
    quotes: [],
    ...overrides,
  }
}

const SITE = 'https://news.example'

describe('siteFeeds', () => {
  it('lists the newest articles, with absolute links and their days, in Atom and JSON Feed 1.1', () => {
    const articles = Array.from({ length: FEED_LENGTH + 5 }, (_, n) => article(n))
    const { atom, json } = siteFeeds(articles, SITE)
    for (const feed of [extractFromXml(atom, { useISODateFormat: true }), extractFromJson(json, { useISODateFormat: true })]) {
      expect(feed.title).toBe('Broadsheet: latest articles')
      expect(feed.entries).toHaveLength(FEED_LENGTH)
      expect(feed.entries?.[0]).toMatchObject({ title: 'Headline 0', link: 'https://news.example/articles/article-0', published: '2025-06-30T00:00:00.000Z' })
      expect(feed.entries?.at(-1)?.title).toBe(`Headline ${FEED_LENGTH - 1}`)
    }
    const parsed = JSON.parse(json) as { version: string; authors: unknown[]; items: { id: string; content_html: string; tags: string[] }[] }
    expect(parsed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(parsed.authors).toEqual([{ name: 'Broadsheet', url: 'https://news.example/' }])
    expect(parsed.items[0]?.tags).toEqual(['Kim Jong Un', 'Seoul'])
  })

  it('keeps article text as text: markup and CDATA ends are escaped, never passed on as HTML', () => {
    const headline = 'A <b>bold</b> claim & a ]]> end'
    const paragraph = 'They wrote <script>alert("pwned")</script> and $& too.'
    const { atom, json } = siteFeeds([article(1, { headline, dek: headline, paragraphs: [headline, paragraph] })], SITE)
    expect(atom).not.toContain('<script>')
    expect(extractFromXml(atom).entries?.[0]?.title).toBe(headline)
    const item = (JSON.parse(json) as { items: { title: string; content_html: string }[] }).items[0]
    expect(item?.title).toBe(headline)
    expect(item?.content_html).toContain('They wrote &lt;script&gt;alert(&quot;pwned&quot;)&lt;/script&gt; and $&amp; too.')
  })

  it('is the same for the same articles: dated by the newest article, not the build', () => {
    const articles = [article(3), article(4)]
    expect(siteFeeds(articles, SITE)).toEqual(siteFeeds(articles, SITE))
    expect(siteFeeds(articles, SITE).atom).toContain('<updated>2025-06-27T00:00:00.000Z</updated>')
  })
})

describe('entity feeds', () => {
  const kim = entityFeed({ kind: 'person', name: 'Kim Jong Un', slug: 'kim-jong-un' })

  it('sit beside the entity’s page and name it', () => {
    expect(kim).toMatchObject({ title: 'Broadsheet: Kim Jong Un', pagePath: '/people/kim-jong-un', paths: { atom: '/people/kim-jong-un/feed.xml', json: '/people/kim-jong-un/feed.json' } })
  })

  it('list the newest articles naming the entity, with absolute links, days and deks but not the text', () => {
    const articles = Array.from({ length: FEED_LENGTH + 5 }, (_, n) => article(n))
    const { atom, json } = writeFeeds(kim, articles, SITE)
    for (const feed of [extractFromXml(atom, { useISODateFormat: true }), extractFromJson(json, { useISODateFormat: true })]) {
      expect(feed.title).toBe('Broadsheet: Kim Jong Un')
      expect(feed.link).toBe('https://news.example/people/kim-jong-un')
      expect(feed.entries).toHaveLength(FEED_LENGTH)
      expect(feed.entries?.[0]).toMatchObject({ title: 'Headline 0', link: 'https://news.example/articles/article-0', published: '2025-06-30T00:00:00.000Z', description: 'Dek 0.' })
      expect(feed.entries?.at(-1)?.title).toBe(`Headline ${FEED_LENGTH - 1}`)
    }
    expect(atom).toContain('<link rel="self" href="https://news.example/people/kim-jong-un/feed.xml"/>')
    expect(atom).toContain('<updated>2025-06-30T00:00:00.000Z</updated>')
    expect(atom).not.toContain('<content')
    expect(atom).not.toContain('More text.')
    const parsed = JSON.parse(json) as { version: string; feed_url: string; items: Record<string, unknown>[] }
    expect(parsed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(parsed.feed_url).toBe('https://news.example/people/kim-jong-un/feed.json')
    // JSON Feed 1.1 asks for content_html or content_text: the dek, as the text it is.
    expect(parsed.items[0]).toMatchObject({ content_text: 'Dek 0.', tags: ['Kim Jong Un', 'Seoul'] })
    expect(parsed.items[0]).not.toHaveProperty('content_html')
    expect(json).not.toContain('More text.')
  })

  it('keep a hostile name as text in both formats: no markup, no broken CDATA or attribute, no replacement pattern', () => {
    const name = 'Kim <script>alert("x")</script> ]]> $& Un'
    const feed = entityFeed({ kind: 'person', name, slug: 'kim-un' })
    const { atom, json } = writeFeeds(feed, [article(1, { dek: `About ${name}.`, entities: { people: [name], places: [], organisations: [] } })], SITE)
    expect(atom).not.toContain('<script>')
    // XML allows no `<` inside an attribute's value.
    expect(atom).not.toMatch(/="[^"]*</)
    for (const parsed of [extractFromXml(atom), extractFromJson(json)]) {
      expect(parsed.title).toBe(`Broadsheet: ${name}`)
      expect(parsed.description).toBe(`Articles naming ${name}, newest first.`)
    }
    // The summary is HTML in Atom (escaped text), text in JSON Feed.
    expect(atom).toContain('<![CDATA[About Kim &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; ]]&gt; $&amp; Un.]]>')
    const item = (JSON.parse(json) as { items: { content_text: string; tags: string[] }[] }).items[0]
    expect(item).toMatchObject({ content_text: `About ${name}.`, tags: [name] })
  })
})
