import { openDB, unwrap, type DBSchema, type IDBPDatabase, type IDBPObjectStore, type IDBPTransaction, type StoreNames } from 'idb'

/**
 * The reader's own data in this browser (IndexedDB, through idb): highlights, saved articles,
 * how far they read each article and whom they follow. Each feature validates what it reads; this module only
 * opens the database, writes all-or-nothing, and says what went wrong when storage refuses.
 * It never leaves a caller waiting: an open that another tab blocks, or that does not answer, fails within
 * OPEN_TIME_LIMIT_MS, and the app hears (onStorageStateChange) when it opens after all.
 */
const DB_NAME = 'broadsheet'
const DB_VERSION = 5

/**
 * How long an open may take before the reader is told storage is not answering. Opening
 * takes milliseconds when nothing is wrong; 2 s is long enough for a cold disk, short
 * enough that a blocked or stuck storage never looks like a page that is still loading.
 */
export const OPEN_TIME_LIMIT_MS = 2000

export interface BroadsheetDb extends DBSchema {
  // Stored values are `unknown` until validated: storage can hold anything an older or
  // broken version of the app, or another tool, put there.
  // `createdAt` lists the newest first without reading them all (a first screen of /highlights).
  highlights: { key: string; value: unknown; indexes: { createdAt: string } }
  saved: { key: string; value: unknown }
  progress: { key: string; value: unknown }
  following: { key: string; value: unknown }
}

type StoreName = StoreNames<BroadsheetDb>
export type WritableStore<Name extends StoreName> = IDBPObjectStore<BroadsheetDb, [Name], Name, 'readwrite'>

/** A stored record that failed validation: reported, and left exactly where it is. */
export type InvalidRecord = { key: string; problems: string[]; value: unknown }

export type StorageProblem = 'full' | 'unavailable' | 'blocked' | 'upgraded' | 'not-answering' | 'failed'

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
  unavailable: 'Storage is unavailable: this browser is not letting Broadsheet keep data (private browsing, or storage is blocked).',
  blocked: 'Broadsheet is open in another tab with an older version — close it, then Retry.',
  upgraded: 'Broadsheet was updated in another tab — reload this one.',
  'not-answering': 'This browser’s storage is not answering.',
  failed: 'This browser could not store the change.',
}

/** One attempt to open the database; it may go on after its callers were told it failed. */
type Opening = { db: Promise<IDBPDatabase<BroadsheetDb>>; blocked: boolean; onBlocked: Set<() => void> }

let opening: Opening | undefined
/** A caller was told storage failed since it last opened: its opening, or an upgrade elsewhere, is news. */
let failureReported = false
const stateListeners = new Set<() => void>()

/**
 * Calls back when storage that had failed opens after all (the blocking tab was closed,
 * Retry) or when another tab upgrades the database: what the app shows may be out of date.
 */
export function onStorageStateChange(listener: () => void): () => void {
  stateListeners.add(listener)
  return () => {
    stateListeners.delete(listener)
  }
}

function storageStateChanged() {
  for (const listener of stateListeners) listener()
}

export function database(): Promise<IDBPDatabase<BroadsheetDb>> {
  if (typeof indexedDB === 'undefined') {
    failureReported = true
    return Promise.reject(new StorageError('unavailable'))
  }
  const attempt = (opening ??= open())
  return new Promise((resolve, reject) => {
    const fail = (error: StorageError) => {
      failureReported = true
      reject(error)
    }
    if (attempt.blocked) {
      fail(new StorageError('blocked'))
      return
    }
    const onBlocked = () => {
      fail(new StorageError('blocked'))
    }
    const timer = setTimeout(() => {
      fail(new StorageError('not-answering'))
    }, OPEN_TIME_LIMIT_MS)
    attempt.onBlocked.add(onBlocked)
    attempt.db
      .then(resolve, (error: unknown) => {
        fail(toStorageError(error))
      })
      .finally(() => {
        clearTimeout(timer)
        attempt.onBlocked.delete(onBlocked)
      })
  })
}

function open(): Opening {
  const forget = () => {
    if (opening === attempt) opening = undefined
  }
  // The callbacks run once the request has events, by which time `attempt` is assigned.
  const attempt: Opening = {
    blocked: false,
    onBlocked: new Set(),
    // Async so that a browser whose IndexedDB throws on open rejects instead of throwing here.
    db: (async () =>
      openDB<BroadsheetDb>(DB_NAME, DB_VERSION, {
        upgrade(db, _oldVersion, _newVersion, upgrading) {
          // By name rather than by version: a store or index is made wherever it is missing.
          const highlights = db.objectStoreNames.contains('highlights') ? upgrading.objectStore('highlights') : db.createObjectStore('highlights')
          // A record whose createdAt is not a string is left out of the index, not refused.
          if (!highlights.indexNames.contains('createdAt')) highlights.createIndex('createdAt', 'createdAt')
          if (!db.objectStoreNames.contains('saved')) db.createObjectStore('saved')
          if (!db.objectStoreNames.contains('progress')) db.createObjectStore('progress')
          if (!db.objectStoreNames.contains('following')) db.createObjectStore('following')
        },
        blocked() {
          // A tab with an older version holds the database open and did not step aside. This
          // open waits for it; callers are told now, and hear when it opens (failureReported).
          attempt.blocked = true
          for (const listener of attempt.onBlocked) listener()
        },
        blocking(_currentVersion, newVersion, event) {
          // Another tab needs the database for an upgrade (or to delete it): step aside at
          // once so that it is never blocked by us. After an upgrade this tab's code is too
          // old for the data; the next open says so (VersionError → "upgraded").
          ;(event.target as IDBDatabase).close()
          forget()
          if (newVersion !== null) {
            failureReported = true
            storageStateChanged()
          }
        },
        terminated() {
          // The browser closed the connection (storage cleared, disk error): open anew next time.
          forget()
        },
      }))().then(
      (db) => {
        attempt.blocked = false
        if (failureReported) {
          failureReported = false
          storageStateChanged()
        }
        return db
      },
      (error: unknown) => {
        forget()
        throw toStorageError(error)
      },
    ),
  }
  // Callers may all have given up on this attempt; each is told of its failure by database().
  attempt.db.catch(() => undefined)
  return attempt
}

/**
 * A transaction on one store. Should the connection have just been closed for another tab's
 * upgrade (see `blocking`), it opens again once, and the reader learns what happened.
 */
export async function transaction<Name extends StoreName, Mode extends IDBTransactionMode = 'readonly'>(
  name: Name,
  mode?: Mode,
): Promise<IDBPTransaction<BroadsheetDb, [Name], Mode>> {
  try {
    return (await database()).transaction(name, mode)
  } catch (error) {
    if (!(error instanceof DOMException && error.name === 'InvalidStateError')) throw toStorageError(error)
    try {
      return (await database()).transaction(name, mode)
    } catch (again) {
      throw toStorageError(again)
    }
  }
}

/**
 * Writes to one store in one transaction: every request is stored, or none is. A write that
 * throws while the transaction is being filled (a value that cannot be stored, a quota
 * error) aborts it, so the requests already queued never commit on their own.
 * `write` may await its requests (to fill a large transaction in slices) but nothing else:
 * a transaction commits as soon as it is left waiting on anything other than its own requests.
 */
export async function writeTogether<Name extends StoreName>(name: Name, write: (store: WritableStore<Name>) => Promise<unknown>): Promise<void> {
  const tx = await transaction(name, 'readwrite')
  const done = tx.done
  try {
    await Promise.all([write(tx.store), done])
  } catch (error) {
    try {
      tx.abort()
    } catch {
      // Already aborted by the failed request, or finished: nothing more to undo.
    }
    await done.catch(() => undefined)
    throw toStorageError(error)
  }
}

/**
 * Calls `visit` with every record of a store, in key order, inside the store's transaction.
 * A plain cursor: in Chromium it reads 20,000 records several times faster than getAll, each
 * record arrives in a task of its own (the page stays responsive while `visit` validates it),
 * and it skips the promise and proxy idb would add per record. A throw in `visit` stops it.
 */
export function readEach<Name extends StoreName, Mode extends IDBTransactionMode>(
  store: IDBPObjectStore<BroadsheetDb, [Name], Name, Mode>,
  visit: (key: string, value: unknown) => void,
): Promise<void> {
  return new Promise((resolve, reject) => {
    const request = unwrap(store).openCursor()
    let failed = false
    request.onsuccess = () => {
      const cursor = request.result
      if (failed) return
      if (!cursor) {
        resolve()
        return
      }
      // Every key in BroadsheetDb is a string.
      const key = cursor.key as string
      const value: unknown = cursor.value
      // Ask for the next record first: storage fetches it while this one is visited.
      cursor.continue()
      try {
        visit(key, value)
      } catch (error) {
        failed = true
        reject(error instanceof Error ? error : new Error(String(error)))
      }
    }
    request.onerror = () => {
      reject(request.error ?? new Error('The stored records could not be read.'))
    }
  })
}

export function toStorageError(error: unknown): StorageError {
  if (error instanceof StorageError) return error
  const name = error instanceof Error || error instanceof DOMException ? error.name : ''
  if (name === 'QuotaExceededError') return new StorageError('full', { cause: error })
  // The database on disk is newer than this tab's code: another tab was updated.
  if (name === 'VersionError') return new StorageError('upgraded', { cause: error })
  if (['InvalidStateError', 'SecurityError', 'UnknownError', 'NotFoundError'].includes(name) || typeof indexedDB === 'undefined') {
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
