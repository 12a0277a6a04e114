import * as v from 'valibot'
import { toStorageError, transaction, type InvalidRecord, type StorageError } from './database'

type ReadRecords<Record> = { records: Map<string, Record>; invalid: InvalidRecord[]; storageError?: StorageError }

/**
 * Reads a store that keeps one record per article under the article's id (saved articles,
 * reading progress): the records `schema` accepts, and the rest as invalid records, which
 * are reported and left where they are. A storage failure is returned, not thrown, so the
 * caller can still show what it holds in memory.
 */
export function readArticleRecords<Schema extends v.GenericSchema<unknown, { articleId: string }>>(
  store: 'saved' | 'progress',
  schema: Schema,
): Promise<ReadRecords<v.InferOutput<Schema>>> {
  return readKeyedRecords(store, schema, (record) => record.articleId, 'the key does not match the article id')
}

/** As readArticleRecords, for a store whose records name their own key some other way (`keyOf`). */
export async function readKeyedRecords<Schema extends v.GenericSchema>(
  store: 'saved' | 'progress' | 'following',
  schema: Schema,
  keyOf: (record: v.InferOutput<Schema>) => string,
  keyMismatch: string,
): Promise<ReadRecords<v.InferOutput<Schema>>> {
  const records = new Map<string, v.InferOutput<Schema>>()
  const invalid: InvalidRecord[] = []
  try {
    for await (const cursor of (await transaction(store)).store) {
      const result = v.safeParse(schema, cursor.value)
      if (result.success && keyOf(result.output) === cursor.key) records.set(cursor.key, result.output)
      else invalid.push({ key: cursor.key, value: cursor.value, problems: result.success ? [keyMismatch] : result.issues.map((issue) => issue.message) })
    }
  } catch (error) {
    return { records, invalid, storageError: toStorageError(error) }
  }
  return { records, invalid }
}
