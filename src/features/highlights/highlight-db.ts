import { readEach, toStorageError, transaction, writeTogether, type InvalidRecord } from '../../lib/storage/database'
import { parseHighlight, type Highlight, type HighlightParseResult } from './highlight'
import type { ImportDecision } from './merge-import'

/**
 * Highlights in IndexedDB. Records are validated on every read; a record that fails is
 * reported and left exactly where it is, so nothing a reader made is ever deleted by the app.
 */

/**
 * Imported highlights compared and put between two breaths for the browser: a few
 * milliseconds of work, so importing 20,000 never holds the main thread for long.
 */
const SLICE = 100

export async function readAllHighlights(): Promise<{ highlights: Highlight[]; invalid: InvalidRecord[] }> {
  const highlights: Highlight[] = []
  const invalid: InvalidRecord[] = []
  try {
    const tx = await transaction('highlights')
    // Each record is validated as it arrives, in a task of its own (see readEach).
    await Promise.all([
      readEach(tx.store, (key, value) => {
        const result = readStored(key, value)
        if (result.ok) highlights.push(result.highlight)
        else invalid.push({ key, value, problems: result.problems })
      }),
      tx.done,
    ])
  } catch (error) {
    throw toStorageError(error)
  }
  return { highlights, invalid }
}

/**
 * The `count` newest valid highlights, newest first, read backwards through the createdAt
 * index: milliseconds however many are stored (a full read of 20,000 takes a second or more).
 * Records that fail validation are skipped here; the full read reports them.
 */
export async function readNewestHighlights(count: number): Promise<Highlight[]> {
  const newest: Highlight[] = []
  try {
    const tx = await transaction('highlights')
    let cursor = await tx.store.index('createdAt').openCursor(null, 'prev')
    while (cursor && newest.length < count) {
      const result = readStored(cursor.primaryKey, cursor.value)
      if (result.ok) newest.push(result.highlight)
      cursor = await cursor.continue()
    }
  } catch (error) {
    throw toStorageError(error)
  }
  return newest
}

function readStored(key: string, value: unknown): HighlightParseResult {
  const result = parseHighlight(value)
  if (result.ok && result.highlight.id !== key) return { ok: false, problems: ['the key does not match the id'] }
  return result
}

/** Writes every change in one transaction: all of them are stored, or none is. */
export async function writeHighlights(changes: { put: readonly Highlight[]; remove: readonly string[] }): Promise<void> {
  await writeTogether('highlights', (store) =>
    Promise.all([...changes.put.map((highlight) => store.put(highlight, highlight.id)), ...changes.remove.map((id) => store.delete(id))]),
  )
}

/**
 * Stores an import in one transaction, all or nothing: each highlight is compared, inside
 * the transaction, with the stored record of the same id (validated; 'unreadable' when it
 * fails), and put only when `decide` says add or update. Deciding inside the transaction
 * means a change another tab stores meanwhile is compared too, never overwritten unseen.
 */
export async function storeImport(
  incoming: readonly Highlight[],
  decide: (highlight: Highlight, stored: Highlight | 'unreadable' | undefined) => ImportDecision,
): Promise<ImportDecision[]> {
  const decisions: ImportDecision[] = []
  await writeTogether('highlights', async (store) => {
    const stored = new Map<string, unknown>()
    await readEach(store, (key, value) => {
      stored.set(key, value)
    })
    const requests: Promise<unknown>[] = []
    for (let start = 0; start < incoming.length; start += SLICE) {
      const issued = requests.length
      for (const highlight of incoming.slice(start, start + SLICE)) {
        const value = stored.get(highlight.id)
        const result = value === undefined ? undefined : readStored(highlight.id, value)
        const decision = decide(highlight, result === undefined ? undefined : result.ok ? result.highlight : 'unreadable')
        decisions.push(decision)
        if (decision === 'add' || decision === 'update') {
          const request = store.put(highlight, highlight.id)
          // Handled here so that a failure is not reported as unhandled before it is awaited.
          request.catch(() => undefined)
          requests.push(request)
        }
      }
      // A breath between slices without leaving the transaction: waiting on its own request
      // keeps it open, where waiting on anything else would let it commit half-written.
      await (requests.length > issued ? requests.at(-1) : store.count())
    }
    await Promise.all(requests)
  })
  return decisions
}
