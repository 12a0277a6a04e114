/** Every in-app URL is built here, so a route change is one edit. */

/** The list's URL parameters (its state lives in the URL, so a filtered view is a link). */
export const LIST_PARAM = {
  query: 'q',
  person: 'person',
  place: 'place',
  organisation: 'org',
  dateline: 'dateline',
  from: 'from',
  to: 'to',
  saved: 'saved',
  highlighted: 'highlighted',
  following: 'following',
  sort: 'sort',
} as const

export type ListFacet = 'person' | 'place' | 'organisation' | 'dateline'

export const paths = {
  home: () => '/',
  /** The list filtered to articles about one person, place or organisation, or filed from one dateline. */
  articlesAbout: (facet: ListFacet, value: string) => `/?${new URLSearchParams({ [LIST_PARAM[facet]]: value }).toString()}`,
  article: (slug: string) => `/articles/${slug}`,
  /** A person's, place's or organisation's page (folders: src/lib/entities/entity.ts). */
  entity: (folder: string, slug: string) => `/${folder}/${slug}`,
  highlights: () => '/highlights',
  /** The reader's highlights in articles about one person, place or organisation. */
  highlightsAbout: (facet: Exclude<ListFacet, 'dateline'>, name: string) => `/highlights?${new URLSearchParams({ [LIST_PARAM[facet]]: name }).toString()}`,
  /** The list's Following view: articles naming the people, places and organisations the reader follows. */
  following: () => `/?${LIST_PARAM.following}=1`,
} as const
