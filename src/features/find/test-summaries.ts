import type { ArticleList, ArticleSummary } from '../../lib/articles/article'

/** Article `n`'s summary, for component tests: its headline is "Headline n". */
export const summaryOf = (n: number): ArticleSummary => ({
  id: `id${n}`,
  slug: `article-${n}-id${n}`,
  date: '2025-05-05',
  headline: `Headline ${n}`,
  dek: `Dek ${n}`,
  readingMinutes: 2,
  url: `/data/articles/id${n}.json`,
})

/** A list of 200 articles in two chunks, for component tests. */
export const twoChunkList: ArticleList = { count: 200, chunkSize: 100, chunkBase: '/data/list', find: { facetsUrl: '/f.json', searchUrl: '/s.json' } }
