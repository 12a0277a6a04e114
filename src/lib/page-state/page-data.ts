import type { Article, ArticleList, ArticleSummary } from '../articles/article'
import type { EntityPage } from '../entities/entity'

/**
 * What each kind of page shows, as its route's loader returns it. The build hands it to the
 * prerenderer (so nothing is fetched while rendering); the page's state carries the loader
 * data to the browser, which hydrates from it without a request.
 */
export type ListPageData = { list: ArticleList; firstChunk: ArticleSummary[] }
export type ArticlePageData = { article: Article; url: string }
export type EntityPageData = { entity: EntityPage }

/** The data one prerendered page is rendered from: the list's, an article's, an entity's, or none. */
export type PageData = { list?: ListPageData; article?: ArticlePageData; entity?: EntityPageData }
