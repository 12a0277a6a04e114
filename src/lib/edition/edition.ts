/**
 * Where an edition's data is: the one data file with a fixed name (`<base>edition.json`,
 * fetched afresh), naming the others, which carry content hashes and are cached for good.
 * Kept out of the app's code, so that code and every page a build writes stay the same from
 * one edition to the next unless they themselves change: a rebuild after one article changed
 * writes that article's pages and data, not every page of the site.
 */
export type Edition = {
  /** The list of every article (ArticleList). */
  list: string
  /** Which lookup shard holds an id (ArticleLookupManifest). */
  lookup: string
  /** Where entity pages' data is: `<entities>/<kind folder>/<slug>.json`. */
  entities: string
}

/** The edition's file, at the site's root. */
export const EDITION_FILE = 'edition.json'
