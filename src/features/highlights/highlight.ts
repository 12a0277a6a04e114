import * as v from 'valibot'

/**
 * A reader's highlight as it is stored (IndexedDB), exported and imported. Every record carries
 * the schema version, and every read is validated against this schema: a record that fails is
 * kept aside and reported, never dropped or "repaired" silently.
 */
export const HIGHLIGHT_COLORS = ['yellow', 'green', 'blue', 'pink'] as const
export type HighlightColor = (typeof HIGHLIGHT_COLORS)[number]
export const DEFAULT_COLOR: HighlightColor = 'yellow'

export const HIGHLIGHT_SCHEMA_VERSION = 1

/**
 * A position in an article's text: a safe integer, so `1e308` (an integer to JavaScript, but
 * past 2^53 where integers stop being exact) is refused with the rest of a malformed record.
 */
const offset = v.pipe(v.number(), v.safeInteger(), v.minValue(0))
const isoTimestamp = v.pipe(v.string(), v.isoTimestamp())

const textQuoteSelector = v.object({
  type: v.literal('TextQuoteSelector'),
  exact: v.pipe(v.string(), v.nonEmpty()),
  prefix: v.optional(v.string()),
  suffix: v.optional(v.string()),
})

const textPositionSelector = v.pipe(
  v.object({ type: v.literal('TextPositionSelector'), start: offset, end: offset }),
  v.check(({ start, end }) => start < end, 'a position selector must end after it starts'),
)

export const highlightSchema = v.object({
  schemaVersion: v.literal(HIGHLIGHT_SCHEMA_VERSION),
  /** A UUID, stable across export and import. */
  id: v.pipe(v.string(), v.uuid()),
  /** The article's 16-hex-digit id. */
  articleId: v.pipe(v.string(), v.regex(/^[0-9a-f]{16}$/)),
  /** The W3C Web Annotation selectors, quote first (the one that survives edits). */
  selectors: v.tuple([textQuoteSelector, textPositionSelector]),
  /** `textHash` of the article text the selectors were made against. */
  textHash: v.string(),
  color: v.picklist(HIGHLIGHT_COLORS),
  note: v.string(),
  createdAt: isoTimestamp,
  updatedAt: isoTimestamp,
})

export type Highlight = v.InferOutput<typeof highlightSchema>

export type HighlightParseResult = { ok: true; highlight: Highlight } | { ok: false; problems: string[] }

export function parseHighlight(value: unknown): HighlightParseResult {
  const result = v.safeParse(highlightSchema, value)
  if (result.success) return { ok: true, highlight: result.output }
  return { ok: false, problems: result.issues.map(describeIssue) }
}

function describeIssue(issue: v.BaseIssue<unknown>): string {
  const path = issue.path?.map((item) => String(item.key)).join('.')
  const message = shorten(issue.message)
  return path ? `${path}: ${message}` : message
}

/**
 * Valibot's messages quote the value they refuse (`… but received "…"`), however long: an
 * imported id of 100,000 characters made a message as long. A message is read, so 160
 * characters of it say enough.
 */
const MAX_MESSAGE_LENGTH = 160

function shorten(message: string): string {
  return message.length > MAX_MESSAGE_LENGTH ? `${message.slice(0, MAX_MESSAGE_LENGTH - 1)}…` : message
}
