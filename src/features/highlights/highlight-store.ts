import type { Highlight } from './highlight'
import { askForPersistentStorage, onStorageStateChange, toStorageError, type InvalidRecord, type StorageError } from '../../lib/storage/database'
import { announceChange, announceHere } from '../../lib/storage/changes'
import { readAllHighlights, readNewestHighlights, storeImport, writeHighlights } from './highlight-db'
import { countDecisions, decideImport, type ImportCounts } from './merge-import'

/**
 * The highlights of this browser: what IndexedDB holds, plus changes this tab has not yet
 * managed to store. A change is kept in memory until a write succeeds, so a full or
 * blocked storage never loses a highlight and the app never claims one is saved when it
 * is not. Other tabs hear of every stored change (lib/storage/changes).
 */
export type HighlightsSnapshot = {
  /** Newest first. */
  highlights: Highlight[]
  /** Records in storage that failed validation, left untouched. */
  invalid: InvalidRecord[]
  /** Ids whose latest change (save or delete) is only in this tab's memory. */
  unsavedIds: string[]
  /** Why storage could not be read or written, when it could not. */
  storageError?: StorageError
  /**
   * Why what is stored could not be read: `highlights` then holds only this tab's unsaved
   * changes, and the app must not say there are none.
   */
  readError?: StorageError
}

type PendingChange = { kind: 'put'; highlight: Highlight } | { kind: 'delete'; id: string }

const pending = new Map<string, PendingChange>()
let lastWriteError: StorageError | undefined

export async function loadHighlights(): Promise<HighlightsSnapshot> {
  let stored: Highlight[] = []
  let invalid: InvalidRecord[] = []
  let readError: StorageError | undefined
  try {
    ;({ highlights: stored, invalid } = await readAllHighlights())
  } catch (error) {
    readError = toStorageError(error)
  }
  const storageError = readError ?? lastWriteError
  return {
    highlights: withPendingChanges(stored),
    invalid,
    unsavedIds: [...pending.keys()],
    ...(storageError ? { storageError } : {}),
    ...(readError ? { readError } : {}),
  }
}

/**
 * The `count` newest highlights with this tab's unsaved changes, newest first: what
 * /highlights shows while loadHighlights reads them all.
 */
export async function loadNewestHighlights(count: number): Promise<Highlight[]> {
  // Enough that a pending delete of one of them still leaves `count` to show.
  return withPendingChanges(await readNewestHighlights(count + pending.size)).slice(0, count)
}

/** Stored highlights as this tab has changed them (saves and deletes not yet stored), newest first. */
function withPendingChanges(stored: readonly Highlight[]): Highlight[] {
  const byId = new Map(stored.map((highlight) => [highlight.id, highlight]))
  for (const change of pending.values()) {
    if (change.kind === 'put') byId.set(change.highlight.id, change.highlight)
    else byId.delete(change.id)
  }
  return [...byId.values()].sort(newestFirst)
}

export function newestFirst(a: Highlight, b: Highlight): number {
  return a.createdAt < b.createdAt ? 1 : a.createdAt > b.createdAt ? -1 : a.id.localeCompare(b.id)
}

export async function saveHighlight(highlight: Highlight): Promise<void> {
  pending.set(highlight.id, { kind: 'put', highlight })
  await storePending()
}

export async function deleteHighlight(id: string): Promise<void> {
  pending.set(id, { kind: 'delete', id })
  await storePending()
}

/** Tries again to store every change still held in memory. */
export async function storePending(): Promise<void> {
  const changes = [...pending.values()]
  if (changes.length === 0) return
  try {
    await writeHighlights({
      put: changes.flatMap((change) => (change.kind === 'put' ? [change.highlight] : [])),
      remove: changes.flatMap((change) => (change.kind === 'delete' ? [change.id] : [])),
    })
  } catch (error) {
    lastWriteError = toStorageError(error)
    throw lastWriteError
  }
  // Only the changes that were written leave memory; one made meanwhile stays pending.
  for (const change of changes) {
    const id = change.kind === 'put' ? change.highlight.id : change.id
    if (pending.get(id) === change) pending.delete(id)
  }
  lastWriteError = undefined
  announceChange('highlights')
  void askForPersistentStorage()
}

/**
 * Stores imported highlights in one transaction: all or nothing, so a failed import leaves
 * what was stored before exactly as it was. A highlight here, stored or only in this tab's
 * memory, is replaced only by a newer one (merge-import.ts). Returns what became of each.
 */
export async function importHighlights(highlights: readonly Highlight[]): Promise<ImportCounts> {
  const compared = new Map<string, PendingChange>()
  const decisions = await storeImport(highlights, (highlight, stored) => {
    const change = pending.get(highlight.id)
    if (change) compared.set(highlight.id, change)
    // This tab's unsaved change is the newest version it has; a pending delete, none.
    const current = change === undefined ? stored : change.kind === 'put' ? change.highlight : undefined
    return decideImport(highlight, current)
  })
  highlights.forEach((highlight, index) => {
    const decision = decisions[index]
    // What was stored is newer than the unsaved change it was compared with (not one made since).
    const change = compared.get(highlight.id)
    if ((decision === 'add' || decision === 'update') && change && pending.get(highlight.id) === change) pending.delete(highlight.id)
  })
  announceChange('highlights')
  return countDecisions(decisions)
}

// Storage that had failed (blocked by another tab, not answering) has opened, or another
// tab upgraded it: store what waits in memory, then have this tab read again.
onStorageStateChange(() => {
  void storePending()
    .catch(() => undefined)
    .finally(() => {
      announceHere('highlights')
    })
})
