import { readArticleRecords } from '../../lib/storage/article-records'
import { announceChange, announceHere } from '../../lib/storage/changes'
import { onStorageStateChange, writeTogether, type InvalidRecord, type StorageError } from '../../lib/storage/database'
import { readingProgressSchema, type ReadingProgress } from './reading-progress'

/**
 * How far the reader got in each article: what IndexedDB holds plus changes this tab could
 * not store yet, kept in memory (and on screen) until a write succeeds. A place to resume is
 * worth less than a highlight, so a refused write is retried with the next one, not announced.
 */
export type ProgressSnapshot = {
  byArticle: ReadonlyMap<string, ReadingProgress>
  invalid: InvalidRecord[]
  storageError?: StorageError
}

type PendingChange = { record: ReadingProgress } | { forget: true }

const pending = new Map<string, PendingChange>()

export async function loadProgress(): Promise<ProgressSnapshot> {
  const { records: byArticle, invalid, storageError } = await readArticleRecords('progress', readingProgressSchema)
  for (const [articleId, change] of pending) {
    if ('record' in change) byArticle.set(articleId, change.record)
    else byArticle.delete(articleId)
  }
  return { byArticle, invalid, ...(storageError ? { storageError } : {}) }
}

/** Keeps where the reader is in an article. */
export function storeProgress(record: ReadingProgress): Promise<void> {
  pending.set(record.articleId, { record })
  return storePending()
}

/** "Mark as unread": the article's progress is forgotten. */
export function forgetProgress(articleId: string): Promise<void> {
  pending.set(articleId, { forget: true })
  return storePending()
}

async function storePending(): Promise<void> {
  const changes = [...pending.entries()]
  if (changes.length === 0) return
  await writeTogether('progress', (store) =>
    Promise.all(changes.map(([articleId, change]) => ('record' in change ? store.put(change.record, articleId) : store.delete(articleId)))),
  )
  for (const [articleId, change] of changes) if (pending.get(articleId) === change) pending.delete(articleId)
  announceChange('progress')
}

// Storage that had failed has opened, or another tab upgraded it: store what waits in
// memory, then have this tab read again.
onStorageStateChange(() => {
  void storePending()
    .catch(() => undefined)
    .finally(() => {
      announceHere('progress')
    })
})
