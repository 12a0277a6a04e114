import * as v from 'valibot'
import { toStorageError, transaction, type InvalidRecord, type StorageError } from './database'

/**
 * Reads a store that keeps one record per article under the article's id (saved articles,
 * reading progress): the records `schema` accepts, and the rest as invalid records, which
 * are reported and left where they are. A storage failure is returned, not thrown, so the
 * caller can still show what it holds in memory.
 */
export async function readArticleRecords<Schema extends v.GenericSchema<unknown, { articleId: string }>>(
  store: 'saved' | 'progress',
  schema: Schema,
): Promise<{ records: Map<string, v.InferOutput<Schema>>; invalid: InvalidRecord[]; storageError?: StorageError }> {
  const records = new Map<string, v.InferOutput<Schema>>()
  const invalid: InvalidRecord[] = []
  try {
    for await (const cursor of (await transaction(store)).store) {
      const result = v.safeParse(schema, cursor.value)
      if (result.success && result.output.articleId === cursor.key) records.set(cursor.key, result.output)
      else invalid.push({ key: cursor.key, value: cursor.value, problems: result.success ? ['the key does not match the article id'] : result.issues.map((issue) => issue.message) })
    }
  } catch (error) {
    return { records, invalid, storageError: toStorageError(error) }
  }
  return { records, invalid }
}
