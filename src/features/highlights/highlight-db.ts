import { database, toStorageError, type InvalidRecord } from '../../lib/storage/database'
import { parseHighlight, type Highlight } from './highlight'

/**
 * Highlights in IndexedDB. Records are validated on every read; a record that fails is
 * reported and left exactly where it is, so nothing a reader made is ever deleted by the app.
 */
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
