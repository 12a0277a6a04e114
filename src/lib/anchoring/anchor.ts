/**
 * Text anchoring for highlights, following the W3C Web Annotation model.
 *
 * A highlight is stored as a TextQuoteSelector (the quoted text plus a little
 * context on each side) and a TextPositionSelector (offsets into the article's
 * canonical plain text). When the article text changes, `anchor` re-finds the
 * highlight:
 *
 *  1. the stored position still holds the quote → use it ('exact');
 *  2. the quote occurs verbatim elsewhere → choose among the occurrences by
 *     context, then by closeness to the old position ('moved');
 *  3. otherwise search approximately (typos, inserted or removed words,
 *     changed punctuation) and score candidates by quote similarity, context
 *     similarity and closeness to the old position ('moved');
 *  4. otherwise give up (null: the highlight is orphaned).
 *
 * The scoring follows the design of Hypothesis's `matchQuote`
 * (hypothesis/client src/annotator/anchoring/match-quote.ts).
 *
 * Offsets are UTF-16 code units (JavaScript string indices), end exclusive.
 * Pure: no DOM, no Node APIs.
 */
import search from 'approx-string-match'

export type TextQuoteSelector = { type: 'TextQuoteSelector'; exact: string; prefix?: string; suffix?: string }
export type TextPositionSelector = { type: 'TextPositionSelector'; start: number; end: number }
export type Selector = TextQuoteSelector | TextPositionSelector

/**
 * 'exact': the stored position was confirmed (the text there still equals the
 * quote, or no quote was stored). 'moved': found elsewhere, or approximately.
 */
export type AnchorStatus = 'exact' | 'moved'
export type Anchor = { start: number; end: number; status: AnchorStatus }

/** Code units of context `describe` stores on each side (as Hypothesis does). */
const CONTEXT_LENGTH = 32
/** Most code units of a stored context compared approximately: the part nearest the quote says the most, and this bounds the cost. */
const MAX_CONTEXT_COMPARED = 64

// Relative weights of the evidence for a candidate (Hypothesis's choice).
// Position only breaks near-ties: a repeated phrase is told apart by its
// context first, because edits earlier in the article shift every offset.
const QUOTE_WEIGHT = 50
const PREFIX_WEIGHT = 20
const SUFFIX_WEIGHT = 20
const POSITION_WEIGHT = 2

/** Upper bound on errors allowed in an approximate quote match, whatever its length (bounds search cost). */
const MAX_ERRORS = 256
/** Code units searched on each side of the old position before (perhaps) the whole text. */
const LOCAL_MARGIN = 4096
/**
 * A match near the old position is accepted without searching the rest of the
 * text when both its quote and its context are at least this similar.
 */
const CONVINCING_SIMILARITY = 0.75
/**
 * Least weighted similarity of quote and context (position aside) for an
 * approximate match to count. With Hypothesis's error budget a deleted passage
 * still "matches" unrelated text now and then: half its characters wrong,
 * beside context no closer to the stored one than any text is. Measured on the
 * benchmark's article, such matches score 0.37-0.59 (one outlier 0.69), and
 * passages edited in place 0.87 or more. Without stored context this never bites.
 */
const MIN_APPROXIMATE_EVIDENCE = 0.6
/** Candidates scored per anchor; only pathological texts (a short quote repeated thousands of times) reach it. */
const MAX_CANDIDATES = 1000

/**
 * Describes text[start, end) as a quote with up to CONTEXT_LENGTH code units
 * of context on each side, and as a position. At the text's edges the context
 * is shorter, or '' (never omitted). Throws a RangeError for an invalid range.
 */
export function describe(text: string, start: number, end: number): [TextQuoteSelector, TextPositionSelector] {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    throw new RangeError(`describe: invalid range [${start}, ${end}) for a text of length ${text.length}`)
  }
  // The context's outer edge must not split a surrogate pair: a lone surrogate
  // does not survive a trip through UTF-8 storage.
  let prefixStart = Math.max(0, start - CONTEXT_LENGTH)
  if (splitsSurrogatePair(text, prefixStart)) prefixStart += 1
  let suffixEnd = Math.min(text.length, end + CONTEXT_LENGTH)
  if (splitsSurrogatePair(text, suffixEnd)) suffixEnd -= 1
  return [
    {
      type: 'TextQuoteSelector',
      exact: text.slice(start, end),
      prefix: text.slice(prefixStart, start),
      suffix: text.slice(end, suffixEnd),
    },
    { type: 'TextPositionSelector', start, end },
  ]
}

/** Finds where the selectors point in `text`; null when the highlight cannot be placed. Never throws. */
export function anchor(text: string, selectors: readonly Selector[]): { start: number; end: number } | null {
  const found = anchorWithStatus(text, selectors)
  return found && { start: found.start, end: found.end }
}

/**
 * Like `anchor`, but also says whether the stored position was confirmed.
 *
 * Selectors are read defensively (they come from storage): entries of the
 * wrong shape are ignored, and the first usable quote and position are used.
 * A position alone is returned as it is when it lies within the text. Never
 * returns an empty range (an empty quote or position gives null): a highlight
 * is never empty.
 */
export function anchorWithStatus(text: string, selectors: readonly Selector[]): Anchor | null {
  if (typeof text !== 'string' || !Array.isArray(selectors)) return null
  let quote: Quote | null = null
  let position: Position | null = null
  for (const selector of selectors as readonly unknown[]) {
    quote ??= readQuote(selector)
    position ??= readPosition(selector)
  }

  if (quote === null) {
    if (position === null || position.start === position.end || position.end > text.length) return null
    return { start: position.start, end: position.end, status: 'exact' }
  }
  if (quote.exact === '') return null
  if (
    position !== null &&
    position.end <= text.length &&
    position.end - position.start === quote.exact.length &&
    text.startsWith(quote.exact, position.start)
  ) {
    return { start: position.start, end: position.end, status: 'exact' }
  }
  const hint = position === null ? undefined : Math.min(position.start, text.length)
  const match = matchQuote(text, quote, hint)
  return match && { start: match.start, end: match.end, status: 'moved' }
}

type Quote = { exact: string; prefix: string; suffix: string }
type Position = { start: number; end: number }
/** A place where the quote (approximately) occurs; `errors` is its edit distance from the quote. */
type Candidate = { start: number; end: number; errors: number }

function readQuote(selector: unknown): Quote | null {
  if (field(selector, 'type') !== 'TextQuoteSelector') return null
  const exact = field(selector, 'exact')
  if (typeof exact !== 'string') return null
  const prefix = field(selector, 'prefix')
  const suffix = field(selector, 'suffix')
  return { exact, prefix: typeof prefix === 'string' ? prefix : '', suffix: typeof suffix === 'string' ? suffix : '' }
}

function readPosition(selector: unknown): Position | null {
  if (field(selector, 'type') !== 'TextPositionSelector') return null
  const start = field(selector, 'start')
  const end = field(selector, 'end')
  if (!Number.isSafeInteger(start) || !Number.isSafeInteger(end)) return null
  const [s, e] = [start as number, end as number]
  return s >= 0 && s <= e ? { start: s, end: e } : null
}

function field(value: unknown, key: string): unknown {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>)[key] : undefined
}

/** Steps 2 and 3: the best verbatim occurrence, else the best approximate one, else null. */
function matchQuote(text: string, quote: Quote, hint: number | undefined): Candidate | null {
  const exact = findExact(text, quote.exact)
  if (exact.length > 0) {
    // An occurrence whose context also matches verbatim cannot be beaten on
    // evidence, so only the old position can choose among several of those.
    const withContext = exact.filter(
      (c) => text.endsWith(quote.prefix, c.start) && text.startsWith(quote.suffix, c.end),
    )
    return rank(text, quote, hint, withContext.length > 0 ? withContext : exact)?.candidate ?? null
  }
  const approximate = matchApproximately(text, quote, hint)
  if (approximate === null || evidence(approximate) < MIN_APPROXIMATE_EVIDENCE) return null
  return snapToCodePoints(text, approximate.candidate)
}

/** All occurrences of `quote`, overlapping ones included. */
function findExact(text: string, quote: string): Candidate[] {
  const found: Candidate[] = []
  for (let i = text.indexOf(quote); i !== -1; i = text.indexOf(quote, i + 1)) {
    found.push({ start: i, end: i + quote.length, errors: 0 })
  }
  return found
}

/**
 * The best approximate match, searching near the old position first: one pass
 * of the matcher over a long article costs milliseconds, and a passage edited
 * in place is found near where it was. A convincing local match (quote and
 * context both mostly intact) is accepted as it is: anything better elsewhere
 * would need a near-copy of the passage with near-identical context.
 */
function matchApproximately(text: string, quote: Quote, hint: number | undefined): Ranked | null {
  // Hypothesis's budget: beyond half the quote, "matches" are mostly noise.
  const budget = Math.min(MAX_ERRORS, Math.floor(quote.exact.length / 2))
  if (budget === 0) return null
  // Without an old position, "near" is the whole text.
  const from = hint === undefined ? 0 : Math.max(0, hint - LOCAL_MARGIN)
  const to = hint === undefined ? text.length : Math.min(text.length, hint + quote.exact.length + LOCAL_MARGIN)
  const local = searchBetween(text, quote.exact, budget, from, to)
  const bestLocal = rank(text, quote, hint, local)
  const searchedEverywhere = from === 0 && to === text.length
  const convincing =
    bestLocal !== null &&
    bestLocal.quoteSimilarity >= CONVINCING_SIMILARITY &&
    bestLocal.contextSimilarity >= CONVINCING_SIMILARITY
  if (searchedEverywhere || convincing) return bestLocal
  // The matcher returns only the fewest-errors matches, and those have no more
  // errors than the local best: bounding the budget by it loses none of them
  // and makes the pass cheaper. The local ones stay candidates: their context
  // may still outweigh a few more errors.
  const everywhere = searchBetween(text, quote.exact, local[0]?.errors ?? budget, 0, text.length)
  const unique = new Map<string, Candidate>()
  for (const c of [...local, ...everywhere]) unique.set(`${c.start}:${c.end}`, c)
  return rank(text, quote, hint, [...unique.values()])
}

/** The fewest-errors matches within text[from, to), as offsets into the whole text. */
function searchBetween(text: string, quote: string, maxErrors: number, from: number, to: number): Candidate[] {
  return search(text.slice(from, to), quote, maxErrors).map((m) => ({
    start: m.start + from,
    end: m.end + from,
    errors: m.errors,
  }))
}

type Ranked = { candidate: Candidate; score: number; quoteSimilarity: number; contextSimilarity: number }

/**
 * The highest-scoring candidate. Ties go to the earliest, then the shortest:
 * when a quote's end could equally be read as changed or as cut (no suffix to
 * tell), claim no more text than the evidence supports.
 */
function rank(text: string, quote: Quote, hint: number | undefined, candidates: Candidate[]): Ranked | null {
  const distance = (c: Candidate) => (hint === undefined ? c.start : Math.abs(c.start - hint))
  const considered =
    candidates.length <= MAX_CANDIDATES
      ? candidates
      : [...candidates].sort((a, b) => distance(a) - distance(b) || a.start - b.start).slice(0, MAX_CANDIDATES)
  const prefix = quote.prefix.slice(-MAX_CONTEXT_COMPARED)
  const suffix = quote.suffix.slice(0, MAX_CONTEXT_COMPARED)
  const reversedSuffix = reverse(suffix)
  const ranked = considered.map((c): Ranked => {
    const quoteSimilarity = 1 - c.errors / quote.exact.length
    // Compare each context with up to twice its length of text next to the
    // candidate, so that words inserted next to the quote cost only themselves.
    const before = text.slice(Math.max(0, c.start - 2 * prefix.length), c.start)
    const after = text.slice(c.end, c.end + 2 * suffix.length)
    const prefixSimilarity = contextMatch(prefix, before)
    // The suffix abuts the quote at its start, so compare it reversed.
    const suffixSimilarity = contextMatch(reversedSuffix, reverse(after))
    const positionSimilarity = hint === undefined ? 1 : 1 - Math.abs(c.start - hint) / text.length
    const score =
      QUOTE_WEIGHT * quoteSimilarity +
      PREFIX_WEIGHT * prefixSimilarity +
      SUFFIX_WEIGHT * suffixSimilarity +
      POSITION_WEIGHT * positionSimilarity
    const contextSimilarity =
      (PREFIX_WEIGHT * prefixSimilarity + SUFFIX_WEIGHT * suffixSimilarity) / (PREFIX_WEIGHT + SUFFIX_WEIGHT)
    return { candidate: c, score, quoteSimilarity, contextSimilarity }
  })
  ranked.sort(
    (a, b) => b.score - a.score || a.candidate.start - b.candidate.start || a.candidate.end - b.candidate.end,
  )
  return ranked[0] ?? null
}

/** How strongly quote and context (position aside) support a candidate, from 0 to 1. */
function evidence(r: Ranked): number {
  const contextWeight = PREFIX_WEIGHT + SUFFIX_WEIGHT
  return (QUOTE_WEIGHT * r.quoteSimilarity + contextWeight * r.contextSimilarity) / (QUOTE_WEIGHT + contextWeight)
}

/**
 * 1 when `actual` ends with `expected`, falling towards 0 with the edit
 * distance between `expected` and the closest suffix of `actual`. Both strings
 * end where the quote begins, so the context must abut the quote, but it may
 * be cut short at its far end. An absent context is no evidence either way.
 */
function contextMatch(expected: string, actual: string): number {
  if (expected === '') return 1
  if (actual.endsWith(expected)) return 1
  return 1 - editDistanceToSomeSuffix(expected, actual) / expected.length
}

/**
 * min over k of editDistance(a, b.slice(k)), by the classic dynamic programme
 * with a free start in `b`. `b` is at most 2 * MAX_CONTEXT_COMPARED long.
 */
function editDistanceToSomeSuffix(a: string, b: string): number {
  // row[j]: cost of aligning the first i code units of `a` with some b.slice(k, j).
  const row = new Uint16Array(b.length + 1) // i = 0: skipping a start of `b` is free
  for (let i = 1; i <= a.length; i++) {
    let diagonal = row[0] ?? 0
    row[0] = i
    const ai = a.charCodeAt(i - 1)
    for (let j = 1; j <= b.length; j++) {
      const above = row[j] ?? 0
      const substitution = diagonal + (ai === b.charCodeAt(j - 1) ? 0 : 1)
      row[j] = Math.min(above + 1, (row[j - 1] ?? 0) + 1, substitution)
      diagonal = above
    }
  }
  return row[b.length] ?? a.length
}

function reverse(s: string): string {
  return s.split('').reverse().join('')
}

/** True when index `i` falls between the two halves of a surrogate pair. */
function splitsSurrogatePair(text: string, i: number): boolean {
  return isHighSurrogate(text.charCodeAt(i - 1)) && isLowSurrogate(text.charCodeAt(i))
}

const isHighSurrogate = (code: number) => code >= 0xd800 && code <= 0xdbff
const isLowSurrogate = (code: number) => code >= 0xdc00 && code <= 0xdfff

/** Widens an approximate match so that it does not cut an emoji (or any astral character) in half. */
function snapToCodePoints(text: string, c: Candidate): Candidate {
  return {
    ...c,
    start: splitsSurrogatePair(text, c.start) ? c.start - 1 : c.start,
    end: splitsSurrogatePair(text, c.end) ? c.end + 1 : c.end,
  }
}
