import { readArticleRecords } from '../../lib/storage/article-records'
import { announceChange, announceHere } from '../../lib/storage/changes'
import { askForPersistentStorage, onStorageStateChange, writeTogether, type InvalidRecord, type StorageError } from '../../lib/storage/database'
import { SAVED_SCHEMA_VERSION, savedArticleSchema, type SavedArticle } from './saved-article'

/**
 * Saved articles: what IndexedDB holds plus changes this tab could not store yet, which stay
 * in memory (and on screen) until a write succeeds, as with highlights.
 */
export type SavedSnapshot = {
  /** Article ids, most recently saved first. */
  articleIds: string[]
  invalid: InvalidRecord[]
  unsavedIds: string[]
  storageError?: StorageError
}

type PendingChange = { saved: true; record: SavedArticle } | { saved: false; articleId: string }

const pending = new Map<string, PendingChange>()

export async function loadSaved(): Promise<SavedSnapshot> {
  const { records, invalid, storageError } = await readArticleRecords('saved', savedArticleSchema)
  for (const [articleId, change] of pending) {
    if (change.saved) records.set(articleId, change.record)
    else records.delete(articleId)
  }
  const articleIds = [...records.values()].sort((a, b) => (a.savedAt < b.savedAt ? 1 : -1)).map((record) => record.articleId)
  return { articleIds, invalid, unsavedIds: [...pending.keys()], ...(storageError ? { storageError } : {}) }
}

export async function setSaved(articleId: string, saved: boolean): Promise<void> {
  pending.set(
    articleId,
    saved ? { saved, record: { schemaVersion: SAVED_SCHEMA_VERSION, articleId, savedAt: new Date().toISOString() } } : { saved, articleId },
  )
  await storePendingSaves()
}

export async function storePendingSaves(): Promise<void> {
  const changes = [...pending.entries()]
  if (changes.length === 0) return
  // One transaction, all or nothing: a write that throws aborts the ones before it.
  await writeTogether('saved', (store) =>
    Promise.all(changes.map(([articleId, change]) => (change.saved ? store.put(change.record, articleId) : store.delete(articleId)))),
  )
  for (const [articleId, change] of changes) if (pending.get(articleId) === change) pending.delete(articleId)
  announceChange('saved')
  void askForPersistentStorage()
}

// Storage that had failed has opened, or another tab upgraded it: store what waits in
// memory, then have this tab read again.
onStorageStateChange(() => {
  void storePendingSaves()
    .catch(() => undefined)
    .finally(() => {
      announceHere('saved')
    })
})
