import { extractFromJson, extractFromXml } from '@extractus/feed-extractor'
import { describe, expect, it } from 'vitest'
import type { Article } from '../lib/articles/article.ts'
import { FEED_LENGTH, siteFeeds } from './site-feeds.ts'

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
