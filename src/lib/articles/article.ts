/** What the list needs for one article: small, so the index of a large corpus stays light. */
export type ArticleSummary = {
  /** 16 hex digits from the file name: the article's stable identity. */
  id: string
  /** Canonical URL segment: headline words, then the shortest unique id prefix (8+ hex). */
  slug: string
  /** ISO day, `YYYY-MM-DD`. */
  date: string
  headline: string
  dek: string
  dateline?: string
  readingMinutes: number
  /** Content-hashed URL of the whole article's JSON. */
  url: string
}

export type ArticleEntities = { people: string[]; places: string[]; organisations: string[] }

/** Enough to link to an article. */
export type ArticleLink = Pick<ArticleSummary, 'slug' | 'headline'>

/** One article as its page needs it: one file, so a page never waits for the whole corpus. */
export type Article = Omit<ArticleSummary, 'url'> & {
  caption?: string
  /** The lede first, then the body paragraphs. */
  paragraphs: string[]
  wordCount: number
  /** SHA-256 (16 hex digits) of the canonical text: tells a highlight whether the text changed. */
  textHash: string
  /** Who and what the article is about, extracted at build time. */
  entities: ArticleEntities
  /** Quoted passages with who said them. */
  quotes: { text: string; speaker: string }[]
  /** Of the names above, those with a page of their own: name → address part (src/lib/entities). */
  entitySlugs?: Partial<Record<keyof ArticleEntities, Record<string, string>>>
  /** The neighbours in list order: previous is newer, next is older. */
  previous?: ArticleLink
  next?: ArticleLink
}

/**
 * The list of every article, newest first, in chunks: the first screen needs only the first
 * chunk, and a long scroll loads the rest as it comes into view.
 */
export type ArticleList = {
  count: number
  chunkSize: number
  /**
   * Where the chunks are: chunk `n` (articles `n * chunkSize` onwards) is `<chunkBase>/<n>.json`.
   * One base for them all, carrying their joint content hash, rather than a URL per chunk: at
   * 100,000 articles a list of URLs was most of this file, which every list page carries.
   */
  chunkBase: string
  /** Where the find worker's data is: facets per article, and the search index's manifest. */
  find: { facetsUrl: string; searchUrl: string }
}

/** Where an article's JSON is, found from (a prefix of) its id. */
export type ArticleRef = { id: string; slug: string; url: string }

/** Ids sharing their first two hex digits, each with where its article is. */
export type ArticleLookupShard = Record<string, { slug: string; url: string }>

/** First two hex digits of an id → URL of the lookup shard holding it. */
export type ArticleLookupManifest = Record<string, string>
