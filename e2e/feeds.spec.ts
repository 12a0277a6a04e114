import { extract } from '@extractus/feed-extractor'
import { LinkChecker, LinkState } from 'linkinator'
import * as v from 'valibot'
import { expect, test } from './fixtures'
import { ARTICLE } from './highlight-helpers'

const HEADLINE = 'Kim Jong Un held the first public commemoration for North Korean troops'

/** JSON Feed 1.1's required fields (jsonfeed.org/version/1.1), and the ones this site promises. */
const JsonFeed11 = v.object({
  version: v.literal('https://jsonfeed.org/version/1.1'),
  title: v.pipe(v.string(), v.minLength(1)),
  home_page_url: v.pipe(v.string(), v.url()),
  feed_url: v.pipe(v.string(), v.url()),
  items: v.array(
    v.object({
      id: v.pipe(v.string(), v.minLength(1)),
      url: v.pipe(v.string(), v.url()),
      title: v.string(),
      content_html: v.pipe(v.string(), v.minLength(1)),
      date_published: v.pipe(v.string(), v.isoTimestamp()),
    }),
  ),
})

test('a feed reader finds the site’s feeds from an article page and reads them: titles, dates, absolute links', async ({ page, request }) => {
  await page.goto(ARTICLE)
  const alternates = page.locator('head link[rel="alternate"]')
  const atomUrl = await alternates.and(page.locator('[type="application/atom+xml"]')).getAttribute('href')
  const jsonUrl = await alternates.and(page.locator('[type="application/feed+json"]')).getAttribute('href')
  for (const feedUrl of [atomUrl, jsonUrl]) {
    expect(feedUrl).toMatch(/^http:\/\/localhost:\d+\/feed\.(xml|json)$/)
    const feed = await extract(feedUrl ?? '', { useISODateFormat: true })
    expect(feed.title).toBe('Broadsheet: latest articles')
    expect(feed.entries).toHaveLength(1)
    const [entry] = feed.entries ?? []
    expect(entry).toMatchObject({ title: HEADLINE, link: new URL(ARTICLE, feedUrl ?? '').href, published: '2025-07-01T00:00:00.000Z' })
    // The link leads to the article.
    const response = await request.get(entry?.link ?? '')
    expect(response.status()).toBe(200)
    expect(await response.text()).toContain(`<h1`)
  }
  const json: unknown = await (await request.get(jsonUrl ?? '')).json()
  expect(v.safeParse(JsonFeed11, json).issues).toBeUndefined()
})

test('robots.txt names the sitemap, which lists the list, every article and every entity page', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text()
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`)
  const sitemap = await (await request.get('/sitemap.xml')).text()
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map(([, loc]) => new URL(loc ?? '').pathname)
  expect(listed.slice(0, 2)).toEqual(['/', ARTICLE])
  expect(listed).toEqual(expect.arrayContaining(['/people/kim-jong-un', '/people/michael-madden', '/places/pyongyang', '/organisations/stimson-center']))
  expect(listed.slice(2).every((path) => /^\/(people|places|organisations)\/[a-z0-9-]+$/.test(path))).toBe(true)
})

test('no broken link from the list through the articles, the feeds and the sitemap', async ({ baseURL, request }) => {
  test.setTimeout(120_000)
  const checker = new LinkChecker()
  const result = await checker.check({ path: [`${baseURL}/`, `${baseURL}/feed.xml`, `${baseURL}/feed.json`], recurse: true, sitemap: `${baseURL}/sitemap.xml`, concurrency: 8 })
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.status} ${link.url} (from ${link.parent})`)
  expect(broken).toEqual([])
  const checked = [...new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url))]
  expect(checked.map((url) => new URL(url).pathname)).toEqual(expect.arrayContaining(['/', ARTICLE, '/feed.xml', '/feed.json', '/highlights']))
  // The preview server answers any unknown path with the app (200), as a single-page host
  // does: each page linked must be a page of its own, which names itself as canonical.
  const pages = checked.filter((url) => !/\.\w+$/.test(new URL(url).pathname))
  for (const url of pages) {
    const html = await (await request.get(url)).text()
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1] ?? ''
    expect(canonical && new URL(canonical).pathname, url).toBe(new URL(url).pathname)
  }
})
