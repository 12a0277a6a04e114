import { openDB, type DBSchema, type IDBPDatabase } from 'idb'

/**
 * The reader's own data in this browser (IndexedDB, through idb): highlights and saved
 * articles. Each feature validates what it reads; this module only opens the database and
 * says what went wrong when storage refuses.
 */
const DB_NAME = 'broadsheet'
const DB_VERSION = 2

export interface BroadsheetDb extends DBSchema {
  // Stored values are `unknown` until validated: storage can hold anything an older or
  // broken version of the app, or another tool, put there.
  highlights: { key: string; value: unknown }
  saved: { key: string; value: unknown }
}

/** A stored record that failed validation: reported, and left exactly where it is. */
export type InvalidRecord = { key: string; problems: string[]; value: unknown }

export type StorageProblem = 'full' | 'unavailable' | 'failed'

/** A read or write that did not reach storage, with what to tell the reader. */
export class StorageError extends Error {
  override name = 'StorageError'
  constructor(
    readonly problem: StorageProblem,
    options?: { cause?: unknown },
  ) {
    super(STORAGE_MESSAGES[problem], options)
  }
}

const STORAGE_MESSAGES: Record<StorageProblem, string> = {
  full: 'This browser’s storage for Broadsheet is full.',
  unavailable: 'This browser is not letting Broadsheet store data (private browsing, or storage is blocked).',
  failed: 'This browser could not store the change.',
}

let connection: Promise<IDBPDatabase<BroadsheetDb>> | undefined

export function database(): Promise<IDBPDatabase<BroadsheetDb>> {
  // Async so that a browser without IndexedDB rejects instead of throwing synchronously.
  connection ??= (async () =>
    openDB<BroadsheetDb>(DB_NAME, DB_VERSION, {
      upgrade(db, oldVersion) {
        if (oldVersion < 1) db.createObjectStore('highlights')
        if (oldVersion < 2) db.createObjectStore('saved')
      },
      blocking() {
        // A newer version of the app in another tab needs to upgrade: step aside.
        void connection?.then((db) => {
          db.close()
        })
        connection = undefined
      },
      terminated() {
        connection = undefined
      },
    }))().catch((error: unknown) => {
    connection = undefined
    throw toStorageError(error)
  })
  return connection
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  if (name === 'QuotaExceededError') return new StorageError('full', { cause: error })
  if (['InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError', 'VersionError'].includes(name) || typeof indexedDB === 'undefined') {
    return new StorageError('unavailable', { cause: error })
  }
  return new StorageError('failed', { cause: error })
}

let persistenceRequested = false

/** Asks the browser not to evict the reader's data under storage pressure (once per session). */
export async function askForPersistentStorage() {
  if (persistenceRequested || typeof navigator === 'undefined' || !('storage' in navigator)) return
  persistenceRequested = true
  try {
    if (!(await navigator.storage.persisted())) await navigator.storage.persist()
  } catch {
    // Persistence is a request the browser may refuse; the data is stored either way.
  }
}
