import { createHash } from 'node:crypto'
import { EDITION_FILE, type Edition } from '../lib/edition/edition.ts'
import type { Article, ArticleLink, ArticleList, ArticleLookupManifest, ArticleSummary } from '../lib/articles/article.ts'
import { formatIsoDay } from '../lib/format-date.ts'
import { lookupShards } from '../lib/articles/find-article.ts'
import { listChunkSize } from '../lib/articles/list-chunks.ts'
import { buildFacetData } from '../lib/facets/facets.ts'
import type { PageData } from '../lib/page-state/page-data.ts'
import { formatProblem, type Catalog, type CatalogEntry, type FileProblem } from './build-catalog.ts'
import type { BuiltSearchIndex } from './build-search-index.ts'
import { buildSearchIndexAside, type SearchText } from './search-index-thread.ts'
import { prefetchShards, type ServedSearchManifest } from '../lib/search/shard-format.ts'
import { cardNamer, type CardFile, type CardNamer } from './cards/card-files.ts'
import { articleCount } from '../lib/articles/article-count.ts'
import { ENTITY_FOLDERS, ENTITY_KEYS, ENTITY_KIND_LABELS, ENTITY_KINDS, type EntityPage } from '../lib/entities/entity.ts'
import { buildEntityPages, type EntityPages } from './build-entity-pages.ts'
import { extractAllEntities, type ExtractionReport, type TextToExtract } from './extract-all-entities.ts'
import { feedCache, feedKey, type FeedCache } from './feed-cache.ts'
import type { ArticleEntities } from './extract-entities.ts'
import { FEED_PATHS, headTags, SITE_NAME, type PageMeta } from './page-meta.ts'
import { ContentError } from './read-article-files.ts'
import { entityFeed, FEED_LENGTH, siteFeeds, writeFeeds, type FeedDocuments, type FeedPaths } from './site-feeds.ts'
import { robotsTxt, sitemapFiles, type SitemapEntry } from './sitemap.ts'

/**
 * The content pipeline: from raw article files to everything the site is made of, as one
 * object. The build writes its data files and hands its pages to the prerenderer in memory;
 * the dev server answers data requests from it.
 */
export type SiteData = {
  /** Problems that did not stop the build, for the author (an odd dateline, say). */
  warnings: FileProblem[]
  /** Where the app finds the list and the article lookup. */
  listUrl: string
  lookupUrl: string
  /** Where the entity pages' data files are (src/lib/entities/entity-queries.ts). */
  entityDataBase: string
  /**
   * Every data file: URL path (with the base) → its JSON text, made when asked (the articles'
   * texts, held all at once, were ~0.5 GB of a 100,000-article build's peak). Names carry
   * content hashes.
   */
  files: DataFiles
  /** Every page to prerender, with what it shows. */
  pages: PageSpec[]
  /** The link-preview card of each page that has one (several pages may share a card). */
  cards: CardFile[]
  /** Files at the site's root: the edition (which names the data files), feeds, sitemap, robots.txt. Path → file. */
  documents: Map<string, SiteDocument>
}

export type SiteDocument = {
  type: string
  /** Made (or read from a build cache) when asked. */
  text: () => string
  /** Names `text` exactly, where the pipeline knows such a name: the build then need not hash the text. */
  version?: string
}

/** Data files by URL path; each is named by a hash of its content, so the name alone says whether it changed. */
export type DataFiles = Map<string, () => string>

/** Which kind of page: the router's route that renders it. */
export type PageRoute = 'list' | 'article' | 'entity' | 'highlights' | 'not-found' | 'offline'

export type PageSpec = {
  /** The URL path the page answers (without the base). */
  path: string
  route: PageRoute
  /** Where its HTML goes in the output folder. */
  file: string
  /**
   * Head elements for crawlers and link previews (canonical, Open Graph, JSON-LD), made when
   * asked: held for every page at once, they were 0.7 GB of a 100,000-article build.
   */
  head: () => string
  data: PageData
  /**
   * Names `data` exactly (its content hash), where the pipeline computed one anyway: the
   * prerenderer keys the page by it instead of serialising the data again (src/build/page-keys.ts).
   */
  dataVersion?: string
}

export type SiteOptions = {
  /** The path the site is served under (Vite's `base`), for data URLs. */
  base?: string
  /** The origin the site is served from, for canonical and preview URLs. */
  siteUrl: string
  /** A folder where to keep the entities extracted, for the next build to reuse (none: extract all). */
  entityCacheDir?: string
  /** Told how many articles' entities were extracted and how many reused. */
  onExtracted?: (counts: ExtractionReport) => void
  /** Where to keep entity pages' feeds, for the next build to reuse (none: write all). */
  feedCacheDir?: string
}

const DATA_DIR = 'data'

export async function buildSite(catalog: Catalog, { base = '/', siteUrl, entityCacheDir, onExtracted, feedCacheDir }: SiteOptions): Promise<SiteData> {
  if (catalog.problems.length > 0) {
    const count = catalog.problems.length
    throw new ContentError(
      `Broadsheet cannot build: ${count} article file${count === 1 ? ' has a problem' : 's have problems'}:\n` +
        catalog.problems.map((problem) => `  ${formatProblem(problem)}`).join('\n'),
    )
  }

  const files: DataFiles = new Map()
  const dataFile = (name: string, digest: string, text: () => string) => {
    const urlPath = `${base.replace(/\/$/, '')}/${DATA_DIR}/${name}.${digest.slice(0, 12)}.json`
    files.set(urlPath, text)
    return urlPath
  }
  const hashed = (name: string, json: string) => dataFile(name, sha256(json), () => json)

  const { entries } = catalog
  // Started first and awaited last: it runs on another core while this one does the rest.
  const searchIndex = buildSearchIndexAside(entries.map(searchText))
  // Should a step before the await fail, that failure is the build's: not an unhandled rejection too.
  searchIndex.catch(() => undefined)
  const extracted = await extractAllEntities(entries.map(extractionInput), { cacheDir: entityCacheDir, report: onExtracted })
  const named = entries.map((entry, position) => withEntities(entry, extracted[position], entries[position - 1], entries[position + 1]))
  const entityPages = buildEntityPages(named)
  const articles = named.map((plain, position) => {
    const article = { ...plain, entitySlugs: entitySlugsOf(plain, entityPages) }
    const digest = articleDigest(article)
    // The article is kept anyway (its page's data): its text is made when written.
    const url = dataFile(`articles/${article.id}`, digest, () => JSON.stringify(article))
    return { article, digest, summary: { ...(entries[position] as CatalogEntry).summary, url } }
  })
  const entityDataBase = entityData(entityPages.pages, files, base)
  const summaries: ArticleSummary[] = articles.map(({ summary }) => summary)

  const chunkSize = listChunkSize(summaries.length)
  const chunkBase = listChunks(summaries, chunkSize, files, base)

  const lookup: ArticleLookupManifest = {}
  for (const [key, shard] of lookupShards(summaries)) lookup[key] = hashed(`lookup/${key}`, JSON.stringify(shard))
  const lookupUrl = hashed('lookup', JSON.stringify(lookup))

  const nameCard = await cardNamer()
  const siteHost = new URL(siteUrl).host
  const cards: CardFile[] = []
  const withCard = (draft: PageDraft, card: CardFile | undefined): PageSpec => {
    const { meta, ...page } = card ? { ...draft, meta: { ...draft.meta, image: { path: `${base}${card.file}`, alt: cardAlt(card) } } } : draft
    if (card) cards.push(card)
    return { ...page, head: () => headTags(meta, siteUrl) }
  }
  const articlePages = articles.map(({ article, digest, summary }) => withCard(articlePage(article, summary.url, digest), articleCard(article, nameCard, siteHost)))
  const entityPageSpecs = entityPages.pages.map((entity) => withCard(entityPage(entity), entityCard(entity, nameCard, siteHost)))
  const documents = siteDocuments(
    articles.map(({ article }) => article),
    entityPages.pages,
    siteUrl,
    feedCacheDir === undefined ? undefined : { feeds: feedCache(feedCacheDir), versions: new Map(articles.map(({ article, summary }) => [article.id, summary.url])) },
  )

  // Only the list (its find data) waits for the search index.
  const list: ArticleList = { count: summaries.length, chunkSize, chunkBase, find: findData(entries, extracted, entityPages, await searchIndex, hashed) }
  const listUrl = hashed('list', JSON.stringify(list))
  const siteCard = nameCard({ headline: SITE_LINE, details: SITE_DETAILS, siteName: SITE_NAME, siteHost })
  const pages = [
    ...sitePages(list, summaries.slice(0, chunkSize)).map((draft) => withCard(draft, draft.route === 'list' || draft.route === 'highlights' ? siteCard : undefined)),
    ...articlePages,
    ...entityPageSpecs,
  ]
  return {
    warnings: catalog.warnings,
    listUrl,
    lookupUrl,
    entityDataBase,
    files,
    pages,
    cards,
    documents: new Map([[`/${EDITION_FILE}`, { type: 'application/json; charset=utf-8', text: () => JSON.stringify({ list: listUrl, lookup: lookupUrl, entities: entityDataBase } satisfies Edition) }], ...documents]),
  }
}

/**
 * What an article's data file is named by: a hash of its JSON, with its text standing in for
 * the paragraphs by its hash (`textHash`, a field of that JSON). At 100,000 articles, making
 * and hashing each whole article's JSON was 2 s of every rebuild; this is a quarter of it.
 */
function articleDigest({ paragraphs, ...rest }: Article): string {
  return sha256(JSON.stringify(rest))
}

/** Which of an article's names have a page, for its links. */
function entitySlugsOf(article: Article, { slugOf }: EntityPages): NonNullable<Article['entitySlugs']> {
  const slugs: NonNullable<Article['entitySlugs']> = {}
  for (const kind of ENTITY_KINDS) {
    const key = ENTITY_KEYS[kind]
    const withPages = article.entities[key].flatMap((name) => {
      const slug = slugOf(kind, name)
      return slug ? [[name, slug] as const] : []
    })
    if (withPages.length > 0) slugs[key] = Object.fromEntries(withPages)
  }
  return slugs
}

/**
 * The list's summaries in chunks of `chunkSize` (listChunkSize), at `<chunkBase>/<n>.json` (read by
 * src/lib/articles/list-chunks.ts). One hash for them all: a new article moves every other one
 * a place down, so per-chunk hashes would change together anyway.
 */
function listChunks(summaries: readonly ArticleSummary[], chunkSize: number, files: DataFiles, base: string): string {
  const chunks: (readonly [string, string])[] = []
  for (let start = 0; start < summaries.length; start += chunkSize) {
    chunks.push([`${start / chunkSize}.json`, JSON.stringify(summaries.slice(start, start + chunkSize))])
  }
  return underJointHash('list', chunks, files, base)
}

/**
 * One data file per entity page, for a page reached in the browser, at
 * `<base>/<kind folder>/<slug>.json`. The base carries a hash of them all, so the browser can
 * build any page's address without a lookup, and a new build never meets an old file.
 */
export function entityData(pages: readonly EntityPage[], files: DataFiles, base: string): string {
  const json = pages.map((page) => [`${ENTITY_FOLDERS[page.kind]}/${page.slug}.json`, JSON.stringify(page)] as const)
  return underJointHash('entities', json, files, base)
}

/**
 * Files at `<base>/data/<folder>/<hash>/<name>`, the hash being of them all (names and texts):
 * the browser builds any one's address from the base, and a new build never meets an old file.
 */
function underJointHash(folder: string, named: readonly (readonly [string, string])[], files: DataFiles, base: string): string {
  const hash = createHash('sha256')
  for (const [name, text] of named) hash.update(name).update('\0').update(text)
  const at = `${base.replace(/\/$/, '')}/${DATA_DIR}/${folder}/${hash.digest('hex').slice(0, 12)}`
  for (const [name, text] of named) files.set(`${at}/${name}`, () => text)
  return at
}

/** `articles` is every article, newest first. The parts are exported for src/scripts/bench-site.ts to time. */
function siteDocuments(articles: readonly Article[], entities: readonly EntityPage[], siteUrl: string, cached: CachedFeeds | undefined): Map<string, SiteDocument> {
  const entityFeeds = entityFeedFiles(articles, entities, siteUrl, cached)
  cached?.feeds.prune()
  return new Map([
    ...feedFiles(FEED_PATHS, siteFeeds(articles, siteUrl)),
    ...entityFeeds,
    ...sitemapDocuments(articles, entities, siteUrl),
    ['/robots.txt', { type: 'text/plain; charset=utf-8', text: () => robotsTxt(siteUrl) }],
  ])
}

/** The sitemap of the pages meant for search engines: the list, every article and entity page (not the reader's own, nor errors). */
export function sitemapDocuments(articles: readonly Article[], entities: readonly EntityPage[], siteUrl: string): [string, SiteDocument][] {
  const indexed: SitemapEntry[] = [
    { path: '/', ...(articles[0] ? { lastModified: articles[0].date } : {}) },
    ...articles.map((article) => ({ path: `/articles/${article.slug}`, lastModified: article.date })),
    ...entities.map((entity) => ({ path: `/${ENTITY_FOLDERS[entity.kind]}/${entity.slug}`, ...(entity.articles[0] ? { lastModified: entity.articles[0].date } : {}) })),
  ]
  return [...sitemapFiles(indexed, siteUrl)].map(([path, text]) => [path, { type: 'application/xml; charset=utf-8', text: () => text }])
}

/** Feeds kept from earlier builds, and each article's version (its data file's content-hashed address), which their keys name. */
type CachedFeeds = { feeds: FeedCache; versions: ReadonlyMap<string, string> }

/** Each entity page's feeds, beside the page. A page lists the ids of its newest articles; the articles are looked up here. */
export function entityFeedFiles(articles: readonly Article[], entities: readonly EntityPage[], siteUrl: string, cached?: CachedFeeds): [string, SiteDocument][] {
  const byId = new Map(articles.map((article) => [article.id, article]))
  return entities.flatMap((entity) => {
    const feed = entityFeed(entity)
    const newestIds = entity.articles.slice(0, FEED_LENGTH).map(({ id }) => id)
    const write = () => writeFeeds(feed, newestIds.flatMap((id) => byId.get(id) ?? []), siteUrl)
    if (!cached) return feedFiles(feed.paths, write())
    const key = feedKey([siteUrl, JSON.stringify(feed), ...newestIds.map((id) => cached.versions.get(id) ?? id)])
    const texts = cached.feeds.feeds(key, write)
    return [
      [feed.paths.atom, { type: ATOM_TYPE, text: texts.atom, version: `${key} atom` }],
      [feed.paths.json, { type: JSON_FEED_TYPE, text: texts.json, version: `${key} json` }],
    ]
  })
}

const ATOM_TYPE = 'application/atom+xml; charset=utf-8'
const JSON_FEED_TYPE = 'application/feed+json; charset=utf-8'

function feedFiles(paths: FeedPaths, feeds: FeedDocuments): [string, SiteDocument][] {
  return [
    [paths.atom, { type: ATOM_TYPE, text: () => feeds.atom }],
    [paths.json, { type: JSON_FEED_TYPE, text: () => feeds.json }],
  ]
}

/** The site's own card, for the list and the highlights page. */
const SITE_LINE = 'The news, to read, highlight and share'
const SITE_DETAILS = 'Newswire articles, newest first, with your own highlights'

function articleCard(article: Article, nameCard: CardNamer, siteHost: string): CardFile {
  const details = [article.dateline, formatIsoDay(article.date)].filter(Boolean).join(' · ')
  return nameCard({ headline: article.headline, details, siteName: SITE_NAME, siteHost })
}

/** What a card shows, in words, for those who cannot see it. */
function cardAlt({ content }: CardFile): string {
  return `${content.siteName}: “${content.headline}” — ${content.details}`
}

/** What entity extraction reads of an article, and its text's hash for the extraction cache. */
export function extractionInput({ summary, body }: CatalogEntry): TextToExtract {
  return {
    headline: summary.headline,
    paragraphs: body.paragraphs,
    textHash: body.textHash,
    ...(body.caption ? { caption: body.caption } : {}),
    ...(summary.dateline ? { dateline: summary.dateline } : {}),
  }
}

/** An article whole: its catalog entry, its names and quotes and its neighbours in the list. */
export function withEntities(entry: CatalogEntry, entities: ArticleEntities | undefined, newer: CatalogEntry | undefined, older: CatalogEntry | undefined): Article {
  const { quotes, ...named } = entities ?? { people: [], places: [], organisations: [], quotes: [] }
  const link = (neighbour: CatalogEntry | undefined): ArticleLink | undefined => neighbour && { slug: neighbour.summary.slug, headline: neighbour.summary.headline }
  const previous = link(newer)
  const next = link(older)
  return {
    ...entry.summary,
    ...entry.body,
    entities: named,
    quotes,
    ...(previous ? { previous } : {}),
    ...(next ? { next } : {}),
  }
}

type PageDraft = Omit<PageSpec, 'head'> & { meta: PageMeta }

function sitePages(list: ArticleList, firstChunk: ArticleSummary[]): PageDraft[] {
  const articles = articleCount(list.count)
  return [
    {
      path: '/',
      route: 'list',
      file: 'index.html',
      data: { list: { list, firstChunk } },
      meta: { path: '/', title: SITE_NAME, description: `The latest news, to read, highlight and share${list.count > 0 ? `: ${articles}, newest first` : ''}.` },
    },
    {
      path: '/highlights',
      route: 'highlights',
      file: 'highlights/index.html',
      data: {},
      meta: { path: '/highlights', title: 'Your highlights', description: `Passages you highlighted in ${SITE_NAME}, with your notes.`, noindex: true },
    },
    {
      // Most static hosts answer an unknown path with this page.
      path: '/404',
      route: 'not-found',
      file: '404.html',
      data: {},
      meta: { path: '/404', title: 'Page not found', description: `This page is not in ${SITE_NAME}.`, noindex: true },
    },
    {
      // The service worker's answer, offline, for a page it kept no copy of.
      path: '/offline',
      route: 'offline',
      file: 'offline/index.html',
      data: {},
      meta: { path: '/offline', title: 'You’re offline', description: `This page of ${SITE_NAME} needs a connection.`, noindex: true },
    },
  ]
}

/** `digest` is the hash of the article's JSON, which with its data file's address names the page's data. */
function articlePage(article: Article, url: string, digest: string): PageDraft {
  const path = `/articles/${article.slug}`
  return {
    path,
    route: 'article',
    // A folder with index.html: every static host serves it for the extensionless path.
    file: `articles/${article.slug}/index.html`,
    data: { article: { article, url } },
    dataVersion: `article ${url} ${digest}`,
    meta: {
      path,
      title: article.headline,
      description: article.dek,
      article: { headline: article.headline, publishedDate: article.date, ...(article.dateline ? { dateline: article.dateline } : {}), wordCount: article.wordCount },
    },
  }
}

function entityPage(entity: EntityPage): PageDraft {
  const path = `/${ENTITY_FOLDERS[entity.kind]}/${entity.slug}`
  const latest = entity.articles[0]
  const feed = entityFeed(entity)
  return {
    path,
    route: 'entity',
    file: `${ENTITY_FOLDERS[entity.kind]}/${entity.slug}/index.html`,
    data: { entity: { entity } },
    meta: {
      path,
      title: `${entity.name} in the news`,
      description: `${articleCount(entity.articleCount)} naming ${entity.name}${latest ? `, the latest “${latest.headline}”` : ''}.`,
      feeds: [{ title: feed.title, ...feed.paths }],
    },
  }
}

function entityCard(entity: EntityPage, nameCard: CardNamer, siteHost: string): CardFile {
  return nameCard({ headline: entity.name, details: `${ENTITY_KIND_LABELS[entity.kind]} · ${articleCount(entity.articleCount)}`, siteName: SITE_NAME, siteHost })
}

/** The find worker's data: facets per article, and the sharded search index with its manifest. */
function findData(entries: readonly CatalogEntry[], extracted: readonly ArticleEntities[], { slugOf }: EntityPages, search: BuiltSearchIndex, hashed: (name: string, json: string) => string) {
  const facets = buildFacetData(
    entries.map(({ summary }, position) => {
      const { people = [], places = [], organisations = [] } = extracted[position] ?? {}
      return { id: summary.id, date: summary.date, ...(summary.dateline ? { dateline: summary.dateline } : {}), people, places, organisations }
    }),
    (kind, name) => {
      const slug = slugOf(kind, name)
      return slug && `${ENTITY_FOLDERS[kind]}/${slug}`
    },
  )
  const shardUrls: Record<string, string> = {}
  for (const [key, json] of search.shards) shardUrls[key] = hashed(`find/search/${fileSafe(key)}`, json)
  return {
    facetsUrl: hashed('find/facets', JSON.stringify(facets)),
    searchUrl: hashed('find/search', JSON.stringify({ ...search.manifest, shardUrls, prefetch: prefetchShards(search.shards) } satisfies ServedSearchManifest)),
  }
}

/** What the search index reads of an article. */
function searchText({ summary, body }: CatalogEntry): SearchText {
  return { headline: summary.headline, dek: summary.dek, ...(body.caption ? { caption: body.caption } : {}), paragraphs: body.paragraphs }
}

/** Shard keys are bits of words in any script (and `~` for typo shards): name files by code point. */
function fileSafe(key: string): string {
  return Array.from(key, (char) => char.codePointAt(0)?.toString(16)).join('-')
}

function sha256(text: string): string {
  return createHash('sha256').update(text).digest('hex')
}
