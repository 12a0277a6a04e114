import type { ArticleEntities, ArticleLink } from '../articles/article.ts'

/** Who or what an entity page is about; each kind has its own folder of pages. */
export type EntityKind = 'person' | 'place' | 'organisation'

export const ENTITY_FOLDERS: Record<EntityKind, string> = { person: 'people', place: 'places', organisation: 'organisations' }

/** The key of an article's names of each kind (Article['entities']). */
export const ENTITY_KEYS: Record<EntityKind, keyof ArticleEntities> = { person: 'people', place: 'places', organisation: 'organisations' }

export const ENTITY_KINDS = Object.keys(ENTITY_FOLDERS) as EntityKind[]

/** What each kind is called on its page and its card. */
export const ENTITY_KIND_LABELS: Record<EntityKind, string> = { person: 'Person', place: 'Place', organisation: 'Organisation' }

/** What a group of each kind is called, where names are listed by kind. */
export const ENTITY_GROUP_TITLES: Record<EntityKind, string> = { person: 'People', place: 'Places', organisation: 'Organisations' }

export function kindOfFolder(folder: string): EntityKind | undefined {
  return ENTITY_KINDS.find((kind) => ENTITY_FOLDERS[kind] === folder)
}

export type EntityRef = { kind: EntityKind; name: string; slug: string }

/** An article on an entity's timeline. */
export type EntityArticle = ArticleLink & { id: string; date: string; dateline?: string }

/** Everything an entity's page shows (the reader's own highlights are added in the browser). */
export type EntityPage = EntityRef & {
  /** How many articles name it; `articles` holds the newest of them. */
  articleCount: number
  articles: EntityArticle[]
  /** The names that most often appear in the same articles, with how many; `slug` when they have a page. */
  related: (Omit<EntityRef, 'slug'> & { slug?: string; count: number })[]
  /** What a person said, newest first. */
  quotes: { text: string; article: ArticleLink }[]
}
