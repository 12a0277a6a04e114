import { extract } from '@extractus/feed-extractor'
import { LinkChecker, LinkState } from 'linkinator'
import * as v from 'valibot'
import { expect, test } from './fixtures'
import { ARTICLE } from './highlight-helpers'

const HEADLINE = 'Kim Jong Un held the first public commemoration for North Korean troops'

const KIM_PAGE = '/people/kim-jong-un'

/**
 * JSON Feed 1.1's required fields (jsonfeed.org/version/1.1), and the ones this site promises.
 * Each item needs content_html or content_text: the site feed gives the article as HTML, an
 * entity's feed its dek as text (and no full text).
 */
const jsonFeed11 = <Content extends v.ObjectEntries>(content: Content) =>
  v.object({
    version: v.literal('https://jsonfeed.org/version/1.1'),
    title: v.pipe(v.string(), v.minLength(1)),
    home_page_url: v.pipe(v.string(), v.url()),
    feed_url: v.pipe(v.string(), v.url()),
    items: v.array(
      v.object({
        id: v.pipe(v.string(), v.minLength(1)),
        url: v.pipe(v.string(), v.url()),
        title: v.string(),
        date_published: v.pipe(v.string(), v.isoTimestamp()),
        ...content,
      }),
    ),
  })
const SiteJsonFeed = jsonFeed11({ content_html: v.pipe(v.string(), v.minLength(1)) })
const EntityJsonFeed = jsonFeed11({ content_text: v.pipe(v.string(), v.minLength(1)), content_html: v.optional(v.never()) })

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
  expect(v.safeParse(SiteJsonFeed, json).issues).toBeUndefined()
})

test('an entity page names its own feeds, beside the site’s, which list the articles naming it', async ({ page, request }) => {
  await page.goto(KIM_PAGE)
  const own = page.locator('head link[rel="alternate"][title="Broadsheet: Kim Jong Un"]')
  const atomUrl = await own.and(page.locator('[type="application/atom+xml"]')).getAttribute('href')
  const jsonUrl = await own.and(page.locator('[type="application/feed+json"]')).getAttribute('href')
  await expect(page.locator('head link[rel="alternate"][title="Broadsheet: latest articles"]')).toHaveCount(2)
  for (const feedUrl of [atomUrl, jsonUrl]) {
    expect(feedUrl).toMatch(/^http:\/\/localhost:\d+\/people\/kim-jong-un\/feed\.(xml|json)$/)
    const feed = await extract(feedUrl ?? '', { useISODateFormat: true })
    expect(feed.title).toBe('Broadsheet: Kim Jong Un')
    expect(feed.link).toBe(new URL(KIM_PAGE, feedUrl ?? '').href)
    expect(feed.entries).toHaveLength(1)
    expect(feed.entries?.[0]).toMatchObject({ title: HEADLINE, link: new URL(ARTICLE, feedUrl ?? '').href, published: '2025-07-01T00:00:00.000Z' })
  }
  const json: unknown = await (await request.get(jsonUrl ?? '')).json()
  expect(v.safeParse(EntityJsonFeed, json).issues).toBeUndefined()
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

test('no broken link from the list through the articles, the feeds (the site’s and an entity’s) and the sitemap', async ({ baseURL, request }) => {
  test.setTimeout(120_000)
  const checker = new LinkChecker()
  const starts = [`${baseURL}/`, `${baseURL}/feed.xml`, `${baseURL}/feed.json`, `${baseURL}${KIM_PAGE}/feed.xml`]
  const result = await checker.check({ path: starts, recurse: true, sitemap: `${baseURL}/sitemap.xml`, concurrency: 8 })
  const broken = result.links.filter((link) => link.state === LinkState.BROKEN).map((link) => `${link.status} ${link.url} (from ${link.parent})`)
  expect(broken).toEqual([])
  const checked = [...new Set(result.links.filter((link) => link.state === LinkState.OK).map((link) => link.url))]
  expect(checked.map((url) => new URL(url).pathname)).toEqual(expect.arrayContaining(['/', ARTICLE, '/feed.xml', '/feed.json', `${KIM_PAGE}/feed.xml`, '/highlights']))
  // The preview server answers any unknown path with the app (200), as a single-page host
  // does: each page linked must be a page of its own, which names itself as canonical.
  const pages = checked.filter((url) => !/\.\w+$/.test(new URL(url).pathname))
  for (const url of pages) {
    const html = await (await request.get(url)).text()
    const canonical = /<link rel="canonical" href="([^"]+)">/.exec(html)?.[1] ?? ''
    expect(canonical && new URL(canonical).pathname, url).toBe(new URL(url).pathname)
  }
})
