import { openDB, type DBSchema, type IDBPDatabase } from 'idb'
import { parseHighlight, type Highlight } from './highlight'

/**
 * IndexedDB access for highlights. Records are validated on every read; a record that fails
 * is reported and left exactly where it is, so nothing a reader made is ever deleted by the app.
 */
const DB_NAME = 'broadsheet'
const DB_VERSION = 1

interface BroadsheetDb extends DBSchema {
  // Stored values are `unknown` until validated: storage can hold anything an older or
  // broken version of the app, or another tool, put there.
  highlights: { key: string; value: unknown }
}

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

function database(): Promise<IDBPDatabase<BroadsheetDb>> {
  // Async so that a browser without IndexedDB rejects instead of throwing synchronously.
  connection ??= (async () =>
    openDB<BroadsheetDb>(DB_NAME, DB_VERSION, {
    upgrade(db) {
      db.createObjectStore('highlights')
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

export async function readAllHighlights(): Promise<{ highlights: Highlight[]; invalid: InvalidRecord[] }> {
  const db = await database()
  const tx = db.transaction('highlights')
  const highlights: Highlight[] = []
  const invalid: InvalidRecord[] = []
  try {
    for await (const cursor of tx.store) {
      const result = parseHighlight(cursor.value)
      if (result.ok && result.highlight.id === cursor.key) highlights.push(result.highlight)
      else invalid.push({ key: cursor.key, value: cursor.value, problems: result.ok ? ['the key does not match the id'] : result.problems })
    }
  } catch (error) {
    throw toStorageError(error)
  }
  return { highlights, invalid }
}

/** Writes every change in one transaction: all of them are stored, or none is. */
export async function writeHighlights(changes: { put: readonly Highlight[]; remove: readonly string[] }): Promise<void> {
  const db = await database()
  try {
    const tx = db.transaction('highlights', 'readwrite')
    await Promise.all([
      ...changes.put.map((highlight) => tx.store.put(highlight, highlight.id)),
      ...changes.remove.map((id) => tx.store.delete(id)),
      tx.done,
    ])
  } catch (error) {
    throw toStorageError(error)
  }
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
