import * as v from 'valibot'
import { ENTITY_FOLDERS, ENTITY_KINDS, type EntityKind } from '../../lib/entities/entity'

/**
 * A person, place or organisation the reader follows, as stored under its page
 * (`places/russia`): its name as last seen, and how many articles named it when the reader
 * last looked at its page, so the Following view can say how many are new since.
 */
export const FOLLOWED_SCHEMA_VERSION = 1

export const followedEntitySchema = v.object({
  schemaVersion: v.literal(FOLLOWED_SCHEMA_VERSION),
  kind: v.picklist(ENTITY_KINDS),
  slug: v.pipe(v.string(), v.minLength(1), v.maxLength(200)),
  name: v.pipe(v.string(), v.minLength(1), v.maxLength(500)),
  followedAt: v.pipe(v.string(), v.isoTimestamp()),
  seenCount: v.pipe(v.number(), v.integer(), v.minValue(0)),
})

export type FollowedEntity = v.InferOutput<typeof followedEntitySchema>

/** A newly followed entity: what it has now counts as seen. */
export function newFollow(entity: Pick<FollowedEntity, 'kind' | 'slug' | 'name'>, articleCount: number, now = new Date()): FollowedEntity {
  return { schemaVersion: FOLLOWED_SCHEMA_VERSION, kind: entity.kind, slug: entity.slug, name: entity.name, followedAt: now.toISOString(), seenCount: articleCount }
}

/** Where a followed entity is stored, and what the find worker matches: its page's path without the slash. */
export function followKey({ kind, slug }: { kind: EntityKind; slug: string }): string {
  return `${ENTITY_FOLDERS[kind]}/${slug}`
}

/** Articles that named it since the reader last looked (none when articles were taken away). */
export function newSinceSeen(followed: FollowedEntity, articleCount: number): number {
  return Math.max(0, articleCount - followed.seenCount)
}
