import type { ArticleLookupShard, ArticleRef } from './article'

/**
 * The one article whose id starts with `idPrefix`. Two ids sharing the prefix can only be
 * told apart by a longer one (their canonical slugs have it), so that finds nothing.
 */
export function refForIdPrefix(shard: ArticleLookupShard, idPrefix: string): ArticleRef | null {
  const ids = Object.keys(shard).filter((id) => id.startsWith(idPrefix))
  const [id] = ids
  const entry = id === undefined ? undefined : shard[id]
  return ids.length === 1 && id !== undefined && entry ? { id, ...entry } : null
}

/** Groups ids by their first two hex digits, the lookup's shards. */
export function lookupShards(refs: readonly ArticleRef[]): Map<string, ArticleLookupShard> {
  const shards = new Map<string, ArticleLookupShard>()
  for (const { id, slug, url } of refs) {
    const key = id.slice(0, 2)
    const shard = shards.get(key) ?? {}
    shard[id] = { slug, url }
    shards.set(key, shard)
  }
  return shards
}
