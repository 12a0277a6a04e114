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
  /** SHA-256 (16 hex digits) of the canonical text: tells a highlight whether the text changed. */
  textHash: string
  /** Content-hashed URL of the article's body JSON. */
  bodyUrl: string
}

export type ArticleBody = {
  id: string
  caption?: string
  /** The lede first, then the body paragraphs. */
  paragraphs: string[]
  wordCount: number
  textHash: string
}

export type ArticleIndex = {
  articles: ArticleSummary[]
}
