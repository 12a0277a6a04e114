import { describe, expect, it } from 'vitest'
import { absoluteUrl, escapeHtml, headTags } from './page-meta'

describe('headTags', () => {
  const tags = headTags(
    {
      title: 'Kim Jong Un held the first public commemoration for North Korean troops',
      description: 'Kim Jong Un held … “deployments” & more.',
      path: '/articles/kim-jong-un-1195f8b0',
      article: { headline: 'Kim Jong Un held the first public commemoration for North Korean troops', publishedDate: '2025-07-01', dateline: 'SEOUL', wordCount: 354 },
      image: { path: '/cards/abc123.png', alt: 'Kim Jong Un held … — SEOUL, July 1, 2025' },
    },
    'https://news.example',
  )

  it('writes the canonical URL and Open Graph article tags', () => {
    expect(tags).toContain('<link rel="canonical" href="https://news.example/articles/kim-jong-un-1195f8b0">')
    expect(tags).toContain('<meta property="og:type" content="article">')
    expect(tags).toContain('<meta property="og:url" content="https://news.example/articles/kim-jong-un-1195f8b0">')
    expect(tags).toContain('<meta property="article:published_time" content="2025-07-01">')
  })

  it('names the site’s Atom and JSON feeds for feed readers to find', () => {
    expect(tags).toContain('<link rel="alternate" type="application/atom+xml" title="Broadsheet: latest articles" href="https://news.example/feed.xml">')
    expect(tags).toContain('<link rel="alternate" type="application/feed+json" title="Broadsheet: latest articles" href="https://news.example/feed.json">')
  })

  it('names a page’s own feeds before the site’s, escaped', () => {
    const title = 'Broadsheet: Kim <script> "Jong" ]]> $& Un'
    const entityTags = headTags(
      { title: 'Kim in the news', description: 'x', path: '/people/kim-un', feeds: [{ title, atom: '/people/kim-un/feed.xml', json: '/people/kim-un/feed.json' }] },
      'https://news.example',
    )
    const alternates = entityTags.split('\n').filter((line) => line.includes('rel="alternate"')).map((line) => line.trim())
    expect(alternates).toEqual([
      '<link rel="alternate" type="application/atom+xml" title="Broadsheet: Kim &lt;script&gt; &quot;Jong&quot; ]]&gt; $&amp; Un" href="https://news.example/people/kim-un/feed.xml">',
      '<link rel="alternate" type="application/feed+json" title="Broadsheet: Kim &lt;script&gt; &quot;Jong&quot; ]]&gt; $&amp; Un" href="https://news.example/people/kim-un/feed.json">',
      '<link rel="alternate" type="application/atom+xml" title="Broadsheet: latest articles" href="https://news.example/feed.xml">',
      '<link rel="alternate" type="application/feed+json" title="Broadsheet: latest articles" href="https://news.example/feed.json">',
    ])
  })

  it('names the card as a large image, by its absolute address, with its size and alt text', () => {
    expect(tags).toContain('<meta name="twitter:card" content="summary_large_image">')
    expect(tags).toContain('<meta property="og:image" content="https://news.example/cards/abc123.png">')
    expect(tags).toContain('<meta property="og:image:width" content="1200">')
    expect(tags).toContain('<meta property="og:image:height" content="630">')
    expect(tags).toContain('<meta property="og:image:alt" content="Kim Jong Un held … — SEOUL, July 1, 2025">')
    expect(tags).toContain('<meta name="twitter:image" content="https://news.example/cards/abc123.png">')
  })

  it('falls back to a small summary card for a page without an image', () => {
    expect(headTags({ title: 'Offline', description: 'x', path: '/offline' }, 'https://news.example')).toContain('<meta name="twitter:card" content="summary">')
  })

  it('escapes text in attributes', () => {
    expect(tags).toContain('content="Kim Jong Un held … “deployments” &amp; more."')
  })

  it('describes the article as a schema.org NewsArticle', () => {
    const json = /<script type="application\/ld\+json">(.*)<\/script>/.exec(tags)?.[1] ?? ''
    expect(JSON.parse(json)).toMatchObject({
      '@type': 'NewsArticle',
      headline: 'Kim Jong Un held the first public commemoration for North Korean troops',
      datePublished: '2025-07-01',
      dateline: 'SEOUL',
      url: 'https://news.example/articles/kim-jong-un-1195f8b0',
      image: { '@type': 'ImageObject', url: 'https://news.example/cards/abc123.png', width: 1200, height: 630 },
    })
  })

  it('keeps pages that are not for search engines out of the index', () => {
    expect(headTags({ title: 'Highlights', description: 'Yours', path: '/highlights', noindex: true }, 'https://news.example')).toContain(
      '<meta name="robots" content="noindex">',
    )
  })
})

describe('absoluteUrl', () => {
  it('makes the URL the URL parser makes, for plain paths and for those it must parse', () => {
    const sites = ['https://news.example', 'https://News.Example:443/', 'https://user@news.example:8080/sub/site', 'http://localhost:4173']
    const paths = ['/', '/articles/kim-jong-un-1195f8b0', '/cards/abc_DEF-1~2.png', '/feed.xml', '/people/김정은', '/a b', '/a/./b', '/a/../b', '//evil.example/x', '/.well-known/x', '/a//b', '/a/', '/a?b=c', '/a#b', '/%41']
    for (const site of sites) {
      for (const path of paths) expect(absoluteUrl(path, site), `${site} ${path}`).toBe(new URL(path, `${site}/`).href)
    }
  })
})

describe('escapeHtml', () => {
  it('escapes the five characters HTML gives meaning to, and leaves other text as it is', () => {
    expect(escapeHtml(`<a href="x">Tom & Jerry's</a>`)).toBe('&lt;a href=&quot;x&quot;&gt;Tom &amp; Jerry&#39;s&lt;/a&gt;')
    expect(escapeHtml('Łódź — “quoted” $& $\' 1')).toBe('Łódź — “quoted” $&amp; $&#39; 1')
    expect(escapeHtml('plain words')).toBe('plain words')
    expect(escapeHtml('')).toBe('')
  })
})
