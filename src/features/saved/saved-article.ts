import * as v from 'valibot'

/** A saved article as stored: which article, and when. Versioned and validated like highlights. */
export const SAVED_SCHEMA_VERSION = 1

export const savedArticleSchema = v.object({
  schemaVersion: v.literal(SAVED_SCHEMA_VERSION),
  articleId: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  savedAt: v.pipe(v.string(), v.isoTimestamp()),
})

export type SavedArticle = v.InferOutput<typeof savedArticleSchema>
