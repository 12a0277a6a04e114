/// <reference types="vite/client" />

// Written by src/build/articles-plugin.ts; both URLs carry content hashes.
declare module 'virtual:articles' {
  /** The list of every article, newest first, in chunks (see ArticleList). */
  export const articleListUrl: string
  /** Which lookup shard holds an id (see src/lib/articles/article-queries.ts). */
  export const articleLookupUrl: string
  /** Where the entity pages' data is: `<base>/<kind folder>/<slug>.json`. */
  export const entityDataBase: string
}
