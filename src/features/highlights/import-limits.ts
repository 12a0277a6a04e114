/**
 * How much one import of highlights may hold. A file is read whole into memory (in a
 * worker), and every highlight in it is stored and listed, so a file far larger than any
 * real library is refused with a message instead of stalling or crashing the tab. Each limit
 * is well above what Broadsheet itself writes, so its own exports always import.
 */

/**
 * 64 MB. Our export takes about 1.2 kB per highlight (pretty-printed JSON with the article's
 * URL), so MAX_IMPORT_HIGHLIGHTS of them come to about 60 MB; reading a file this size takes
 * the worker a few hundred MB of memory, about what a phone can spare.
 */
export const MAX_IMPORT_FILE_BYTES = 64 * 1024 * 1024

/**
 * 50,000: fourteen highlights a day for ten years. 20,000 import without a long task and
 * open in /highlights in well under a second; this keeps an import within a few of those.
 */
export const MAX_IMPORT_HIGHLIGHTS = 50_000

/**
 * 200,000 characters, for the quote and its prefix and suffix. A quote is a passage of one
 * article, and a newswire article is a few thousand words (the anchoring benchmark's long
 * article, 20,000 words, is about 120,000 characters): anything longer did not come from one.
 */
export const MAX_QUOTE_LENGTH = 200_000

/**
 * 50,000 characters, about 8,000 words: a long essay in the margin. Every note is shown in
 * full in /highlights; a note of megabytes would freeze the list, and no one types one.
 */
export const MAX_NOTE_LENGTH = 50_000

/** Why a file of `bytes` is not read at all, or undefined when its size is fine. */
export function fileSizeProblem(bytes: number): string | undefined {
  if (bytes <= MAX_IMPORT_FILE_BYTES) return undefined
  return `This file is ${megabytes(bytes)}; Broadsheet imports files of up to ${megabytes(MAX_IMPORT_FILE_BYTES)}.`
}

function megabytes(bytes: number): string {
  const value = bytes / (1024 * 1024)
  return `${value < 10 ? value.toFixed(1) : Math.round(value).toLocaleString('en')} MB`
}
