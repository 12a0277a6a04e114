import type { Article, ArticleList, ArticleSummary } from '../articles/article'

/**
 * What each kind of page shows, as its route's loader returns it. The build hands it to the
 * prerenderer (so nothing is fetched while rendering); the page's state carries the loader
 * data to the browser, which hydrates from it without a request.
 */
export type ListPageData = { list: ArticleList; firstChunk: ArticleSummary[] }
export type ArticlePageData = { article: Article; url: string }

/** The data one prerendered page is rendered from: the list's, an article's, or none. */
export type PageData = { list?: ListPageData; article?: ArticlePageData }
