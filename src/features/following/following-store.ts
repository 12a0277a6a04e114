import { readKeyedRecords } from '../../lib/storage/article-records'
import { announceChange, announceHere } from '../../lib/storage/changes'
import { askForPersistentStorage, onStorageStateChange, writeTogether, type InvalidRecord, type StorageError } from '../../lib/storage/database'
import { followedEntitySchema, followKey, newFollow, type FollowedEntity } from './followed-entity'

/**
 * Whom the reader follows: what IndexedDB holds plus changes this tab could not store yet,
 * which stay in memory (and on screen) until a write succeeds, as with saved articles.
 */
export type FollowingSnapshot = {
  /** Most recently followed first. */
  followed: FollowedEntity[]
  invalid: InvalidRecord[]
  unsavedKeys: string[]
  storageError?: StorageError
}

type PendingChange = { record: FollowedEntity } | { unfollow: true }

const pending = new Map<string, PendingChange>()

export async function loadFollowing(): Promise<FollowingSnapshot> {
  const { records, invalid, storageError } = await readKeyedRecords('following', followedEntitySchema, followKey, 'the key does not match the page')
  for (const [key, change] of pending) {
    if ('record' in change) records.set(key, change.record)
    else records.delete(key)
  }
  const followed = [...records.values()].sort((a, b) => (a.followedAt < b.followedAt ? 1 : -1))
  return { followed, invalid, unsavedKeys: [...pending.keys()], ...(storageError ? { storageError } : {}) }
}

/** Follows an entity from its page: what it has now counts as seen. */
export function follow(entity: Pick<FollowedEntity, 'kind' | 'slug' | 'name'>, articleCount: number): Promise<void> {
  const record = newFollow(entity, articleCount)
  pending.set(followKey(record), { record })
  return storePendingFollows()
}

export function unfollow(entity: Pick<FollowedEntity, 'kind' | 'slug'>): Promise<void> {
  pending.set(followKey(entity), { unfollow: true })
  return storePendingFollows()
}

/** The reader has looked at the entity's page: its articles are no longer new. */
export function markSeen(followed: FollowedEntity, name: string, articleCount: number): Promise<void> {
  pending.set(followKey(followed), { record: { ...followed, name, seenCount: articleCount } })
  return storePendingFollows()
}

export async function storePendingFollows(): Promise<void> {
  const changes = [...pending.entries()]
  if (changes.length === 0) return
  // One transaction, all or nothing: a write that throws aborts the ones before it.
  await writeTogether('following', (store) => Promise.all(changes.map(([key, change]) => ('record' in change ? store.put(change.record, key) : store.delete(key)))))
  for (const [key, change] of changes) if (pending.get(key) === change) pending.delete(key)
  announceChange('following')
  void askForPersistentStorage()
}

// Storage that had failed has opened, or another tab upgraded it: store what waits in
// memory, then have this tab read again.
onStorageStateChange(() => {
  void storePendingFollows()
    .catch(() => undefined)
    .finally(() => {
      announceHere('following')
    })
})
