import { readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { tempFolder } from './temp-folder'
import type { ArticleList } from '../lib/articles/article'
import { chunkUrlOf } from '../lib/articles/list-chunks'
import { buildSite } from './build-site'
import { readCatalog } from './read-article-files'

const SEED = readFileSync(new URL('../content/articles/000_1195f8b02fb32f15.txt', import.meta.url), 'utf8')
const SITE_URL = 'https://news.example'

function folderWith(files: Record<string, string>): string {
  const dir = tempFolder('broadsheet-articles-')
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

const loadArticleData = async (dir: string, base = '/') => buildSite(await readCatalog(dir), { base, siteUrl: SITE_URL })

describe('buildSite', () => {
  it('writes a content-hashed index and one content-hashed body per article', async () => {
    const { listUrl, files } = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED }))
    expect(listUrl).toMatch(/^\/data\/list\.[0-9a-f]{12}\.json$/)
    const list = JSON.parse(files.get(listUrl)?.() ?? '') as ArticleList
    expect(list.count).toBe(1)
    expect(list.chunkBase).toMatch(/^\/data\/list\/[0-9a-f]{12}$/)
    const chunk = JSON.parse(files.get(chunkUrlOf(list, 0) ?? '')?.() ?? '') as { url: string }[]
    const url = chunk[0]?.url ?? ''
    expect(url).toMatch(/^\/data\/articles\/1195f8b02fb32f15\.[0-9a-f]{12}\.json$/)
    expect(JSON.parse(files.get(url)?.() ?? '')).toMatchObject({
      id: '1195f8b02fb32f15',
      headline: 'Kim Jong Un held the first public commemoration for North Korean troops',
      paragraphs: expect.any(Array) as unknown,
      textHash: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown,
    })
  })

  it('writes a lookup that finds an article from its id, shard by shard', async () => {
    const { lookupUrl, files } = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED }))
    const manifest = JSON.parse(files.get(lookupUrl)?.() ?? '') as Record<string, string>
    expect(Object.keys(manifest)).toEqual(['11'])
    const shard = JSON.parse(files.get(manifest['11'] ?? '')?.() ?? '') as Record<string, { slug: string; url: string }>
    expect(shard['1195f8b02fb32f15']?.slug).toBe('kim-jong-un-held-the-first-public-commemoration-1195f8b0')
  })

  it('changes the URLs when an article changes, so caches never serve stale text', async () => {
    const before = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED }))
    const after = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED.replace('shed tears', 'wept') }))
    expect(after.listUrl).not.toBe(before.listUrl)
    expect(after.documents.get('/edition.json')).not.toEqual(before.documents.get('/edition.json'))
  })

  it('changes an article’s data file name when only a later paragraph changes (its text hash stands in for the text)', async () => {
    const lastWord = /(\w+)(\W*)$/
    const edited = SEED.trimEnd().replace(lastWord, (_word, tail: string) => `changed${tail}`)
    expect(edited).not.toBe(SEED.trimEnd())
    const urls = async (source: string) => [...(await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': source }))).files.keys()].filter((url) => url.startsWith('/data/articles/'))
    const before = await urls(SEED)
    expect(await urls(SEED)).toEqual(before)
    expect(await urls(edited)).not.toEqual(before)
  })

  it('versions each article page by its data, so the prerenderer need not serialise it again', async () => {
    const articlePage = async (text: string) => (await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': text }))).pages.find((page) => page.route === 'article')
    const before = await articlePage(SEED)
    const after = await articlePage(SEED.replace('shed tears', 'wept'))
    expect(before?.dataVersion).toContain(before?.data.article?.url)
    expect(after?.dataVersion).not.toBe(before?.dataVersion)
  })

  it('names the data files in the edition file, the one data file with a fixed name', async () => {
    const { listUrl, lookupUrl, entityDataBase, documents } = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED }))
    expect(JSON.parse(documents.get('/edition.json')?.text() ?? '')).toEqual({ list: listUrl, lookup: lookupUrl, entities: entityDataBase })
  })

  it('prefixes URLs with the configured base', async () => {
    expect((await loadArticleData(folderWith({}), '/news/')).listUrl).toMatch(/^\/news\/data\/list\./)
  })

  it('fails naming the file, the line and the problem', async () => {
    const dir = folderWith({ '000_1195f8b02fb32f15.txt': SEED, '004_ab00000000000004.txt': 'SEOUL—No date.' })
    await expect(loadArticleData(dir)).rejects.toThrow(`${dir}/004_ab00000000000004.txt:1: no "date YYYY-MM-DD" field`)
  })

  it('fails clearly when the folder does not exist', async () => {
    await expect(readCatalog('/no/such/folder')).rejects.toThrow('the articles folder /no/such/folder does not exist')
  })

  it('lists every page to prerender, with its data and head tags', async () => {
    const { pages } = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED }))
    expect(pages.slice(0, 5).map(({ path, file }) => [path, file])).toEqual([
      ['/', 'index.html'],
      ['/highlights', 'highlights/index.html'],
      ['/404', '404.html'],
      ['/offline', 'offline/index.html'],
      ['/articles/kim-jong-un-held-the-first-public-commemoration-1195f8b0', 'articles/kim-jong-un-held-the-first-public-commemoration-1195f8b0/index.html'],
    ])
    const [home, , , , article] = pages
    expect(home?.data.list?.firstChunk).toHaveLength(1)
    expect(article?.data.article?.article.headline).toBe('Kim Jong Un held the first public commemoration for North Korean troops')
    expect(article?.head()).toContain(`<link rel="canonical" href="${SITE_URL}/articles/kim-jong-un-held-the-first-public-commemoration-1195f8b0">`)
    // Then a page per person, place and organisation the article names.
    const entityPaths = pages.slice(5).map(({ path }) => path)
    expect(entityPaths).toEqual(expect.arrayContaining(['/people/kim-jong-un', '/people/michael-madden', '/places/pyongyang', '/organisations/stimson-center']))
    expect(pages.slice(5).every(({ route, file, path }) => route === 'entity' && file === `${path.slice(1)}/index.html`)).toBe(true)
    const kim = pages.find(({ path }) => path === '/people/kim-jong-un')
    expect(kim?.data.entity?.entity).toMatchObject({ name: 'Kim Jong Un', articleCount: 1 })
    expect(kim?.head()).toContain('<meta property="og:title" content="Kim Jong Un in the news">')
    expect(article?.data.article?.article.entitySlugs?.people).toMatchObject({ 'Kim Jong Un': 'kim-jong-un', 'Michael Madden': 'michael-madden' })
  })

  it('writes each entity page’s feeds beside it, and names them in its head', async () => {
    const { pages, documents } = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED }))
    const entityPages = pages.filter((page) => page.route === 'entity')
    for (const { path } of entityPages) expect([documents.get(`${path}/feed.xml`)?.type, documents.get(`${path}/feed.json`)?.type]).toEqual(['application/atom+xml; charset=utf-8', 'application/feed+json; charset=utf-8'])
    expect(documents.get('/people/kim-jong-un/feed.xml')?.text()).toContain('<title>Broadsheet: Kim Jong Un</title>')
    const kim = pages.find(({ path }) => path === '/people/kim-jong-un')
    expect(kim?.head()).toContain(`<link rel="alternate" type="application/atom+xml" title="Broadsheet: Kim Jong Un" href="${SITE_URL}/people/kim-jong-un/feed.xml">`)
    expect(kim?.head()).toContain(`<link rel="alternate" type="application/atom+xml" title="Broadsheet: latest articles" href="${SITE_URL}/feed.xml">`)
  })

  it('writes again only the entity feeds whose articles changed, and the same feeds as without a cache', async () => {
    const corpus = new URL('../../e2e/corpus/articles/', import.meta.url)
    const names = readdirSync(corpus).sort()
    const dir = folderWith(Object.fromEntries(names.map((name) => [name, readFileSync(new URL(name, corpus), 'utf8')])))
    const feedCacheDir = tempFolder('broadsheet-feeds-')
    const cached = async () => buildSite(await readCatalog(dir), { siteUrl: SITE_URL, feedCacheDir })
    const feedsOf = ({ documents }: { documents: Map<string, { text: () => string }> }) => [...documents].filter(([name]) => /^\/(people|places|organisations)\//.test(name)).map(([name, { text }]) => [name, text()])

    const first = await cached()
    const entries = readdirSync(feedCacheDir)
    expect(entries.length).toBeGreaterThan(10)
    expect(feedsOf(await cached())).toEqual(feedsOf(first))

    // Seoul's article changes: its entities' feeds are written again, under new keys; the old entries go.
    const seoul = names.find((name) => readFileSync(path.join(dir, name), 'utf8').includes('SEOUL')) ?? ''
    writeFileSync(path.join(dir, seoul), readFileSync(path.join(dir, seoul), 'utf8').replace(/\n\n(\S)/, '\n\nIn a late change, $1'))
    const after = await cached()
    const rewritten = readdirSync(feedCacheDir).filter((name) => !entries.includes(name))
    expect(rewritten.length).toBeGreaterThan(0)
    expect(rewritten.length).toBeLessThan(entries.length / 2)
    expect(readdirSync(feedCacheDir)).toHaveLength(entries.length)
    expect(feedsOf(after)).toEqual(feedsOf(await loadArticleData(dir)))
  })

  it('gives each article a card of its own, and the list and highlights pages the site card', async () => {
    const { pages, cards } = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED }))
    const imageOf = (path: string) => /<meta property="og:image" content="([^"]+)">/.exec(pages.find((page) => page.path === path)?.head() ?? '')?.[1]
    const articleCard = cards.find((card) => card.content.headline === 'Kim Jong Un held the first public commemoration for North Korean troops')
    expect(articleCard?.content.details).toBe('SEOUL · July 1, 2025')
    expect(imageOf('/articles/kim-jong-un-held-the-first-public-commemoration-1195f8b0')).toBe(`${SITE_URL}/${articleCard?.file ?? ''}`)
    expect(imageOf('/')).toMatch(/^https:\/\/news\.example\/cards\/[\w-]+\.png$/)
    expect(imageOf('/highlights')).toBe(imageOf('/'))
    expect(imageOf('/404')).toBeUndefined()
    expect(cards.find((card) => card.content.headline === 'Kim Jong Un')?.content.details).toBe('Person · 1 article')
    // The site's, the article's, and one per entity page.
    expect(new Set(cards.map((card) => card.file)).size).toBe(2 + pages.filter((page) => page.route === 'entity').length)
  })
})
