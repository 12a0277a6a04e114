import * as v from 'valibot'

/**
 * How far the reader got in one article, as stored: where they stopped, how much of the
 * article lay before that place, and whether they reached its end. Versioned and validated
 * like highlights; no record means the article is unread.
 */
export const READING_PROGRESS_SCHEMA_VERSION = 1

export const readingProgressSchema = v.object({
  schemaVersion: v.literal(READING_PROGRESS_SCHEMA_VERSION),
  articleId: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  position: v.object({
    paragraph: v.pipe(v.number(), v.integer(), v.minValue(0)),
    offset: v.pipe(v.number(), v.integer(), v.minValue(0)),
    quote: v.pipe(v.string(), v.maxLength(200)),
  }),
  percent: v.pipe(v.number(), v.integer(), v.minValue(0), v.maxValue(100)),
  /** Once the reader has reached the end, the article stays read until they mark it unread. */
  finished: v.boolean(),
  updatedAt: v.pipe(v.string(), v.isoTimestamp()),
})

export type ReadingProgress = v.InferOutput<typeof readingProgressSchema>

export type ReadingStatus = { state: 'unread' } | { state: 'in-progress'; percent: number } | { state: 'read' }

export function readingStatus(progress: ReadingProgress | undefined): ReadingStatus {
  if (!progress) return { state: 'unread' }
  if (progress.finished) return { state: 'read' }
  return { state: 'in-progress', percent: progress.percent }
}

/**
 * Whether opening the article should offer to go back to where the reader stopped: only
 * when they stopped somewhere past its first lines and had not finished it.
 */
export function worthResuming(progress: ReadingProgress | undefined): progress is ReadingProgress {
  return progress !== undefined && !progress.finished && (progress.position.paragraph > 0 || progress.percent >= 5)
}
