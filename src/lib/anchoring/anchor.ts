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
 * Code units compared while confirming verbatim occurrences: 4 million, a few milliseconds.
 * Real articles come nowhere near it (a 100-character quote would need 40,000 occurrences); on
 * degenerate text (`a` × 200,000 and a quote of many `a`s) every position is an occurrence, and
 * without a bound the search took a second. When it runs out, the occurrences nearest the old
 * position found so far are the candidates, and with none the approximate search takes over
 * (which finds an exact occurrence too, with 0 errors).
 */
const MAX_UNITS_COMPARED = 4_000_000
/**
 * Code units of a quote looked for with `indexOf` before each hit is confirmed whole (see
 * `nearestOccurrences`): 64. Measured on V8, `indexOf` takes up to ~0.2 s over `a` × 200,000
 * for a needle of 256 characters with one other in it, and a few milliseconds at 64; a longer
 * needle lets it skip further through ordinary text.
 */
const SEARCH_HEAD_LENGTH = 64
/** Occurrences of those first code units collected in one pass before walking outwards instead: see `headHitsOutwards`. */
const MAX_HEAD_HITS = 4 * MAX_CANDIDATES
/**
 * End positions covered by the first call to the approximate matcher, and by the largest (see
 * `searchBetween`). approx-string-match finds the start of every best-scoring end, at a cost
 * that grows with the square of the quote's length, so on degenerate text, where nearly every
 * position is one, a single call over a whole article took seconds to minutes (`b` + `a` × 1,000
 * in `a` × 200,000: 48 s). Searching window by window lets the search stop early (see
 * MAX_APPROXIMATE_MATCHES). Windows start small, so that text degenerate from the start is
 * given up on cheaply, and double up to the largest, since every call also costs a pass over the
 * quote to set up and re-reads the quote's length of text before its window.
 *
 * What remains unbounded: one window on degenerate text still finds the start of up to its size
 * plus twice the errors allowed of ends: tens of milliseconds for a quote of 100 characters,
 * seconds for a quote of thousands that nearly matches a long run of one repeated character or
 * syllable. Article text is ours, not the reader's; bounding that too needs a matcher that
 * reports ends without starts.
 */
const FIRST_APPROXIMATE_WINDOW = 1024
const LARGEST_APPROXIMATE_WINDOW = 8192
/**
 * Best-scoring approximate matches collected before the search stops: 256. Real articles have a
 * handful; more means degenerate text, where the nearest few hundred are as good as any.
 */
const MAX_APPROXIMATE_MATCHES = 256

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
  const exact = findExact(text, quote, hint)
  if (exact.length > 0) return rank(text, quote, hint, exact)?.candidate ?? null
  const approximate = matchApproximately(text, quote, hint)
  if (approximate === null || evidence(approximate) < MIN_APPROXIMATE_EVIDENCE) return null
  return snapToCodePoints(text, approximate.candidate)
}

/**
 * The verbatim occurrences of the quote nearest the old position (the first ones without
 * one), at most MAX_CANDIDATES. An occurrence whose context also matches verbatim cannot be
 * beaten on evidence, so when there are any, only those are returned: then only the old
 * position can choose among them.
 */
function findExact(text: string, quote: Quote, hint: number | undefined): Candidate[] {
  const toCandidate = (start: number): Candidate => ({ start, end: start + quote.exact.length, errors: 0 })
  const origin = hint ?? 0
  if (quote.prefix !== '' || quote.suffix !== '') {
    const withContext = nearestOccurrences(text, quote.prefix + quote.exact + quote.suffix, origin - quote.prefix.length)
    if (withContext.length > 0) return withContext.map((at) => toCandidate(at + quote.prefix.length))
  }
  return nearestOccurrences(text, quote.exact, origin).map(toCandidate)
}

/**
 * Where `needle` occurs in `text` (overlapping occurrences included), nearest `origin` first and
 * the earlier of two as near, at most MAX_CANDIDATES of them: the ones `rank` would consider.
 *
 * Bounded work on any input, which `indexOf(needle)` is not: looking for a long quote in a long
 * run of one character, it compares up to the quote's length at every position. So only the
 * quote's first SEARCH_HEAD_LENGTH code units are looked for, the hits are confirmed whole in
 * order of distance from `origin`, and confirming stops after MAX_UNITS_COMPARED code units.
 */
function nearestOccurrences(text: string, needle: string, origin: number): number[] {
  const found: number[] = []
  let unitsLeft = MAX_UNITS_COMPARED
  for (const at of headHitsOutwards(text, needle.slice(0, SEARCH_HEAD_LENGTH), origin)) {
    if (found.length === MAX_CANDIDATES || unitsLeft <= 0) break
    if (text.startsWith(needle, at)) found.push(at)
    unitsLeft -= needle.length
  }
  return found
}

/**
 * The occurrences of `head`, nearest `origin` first (the earlier of two as near). Usually there
 * are a few, all found in one fast forward pass. Past MAX_HEAD_HITS (degenerate text), they are
 * found by walking outwards from `origin` instead, so that the nearest come first however many
 * there are; `lastIndexOf` is slow over long stretches without a hit, so it is not the usual way.
 */
function* headHitsOutwards(text: string, head: string, origin: number): Generator<number> {
  const hits: number[] = []
  for (let at = text.indexOf(head); at !== -1; at = text.indexOf(head, at + 1)) {
    if (hits.length === MAX_HEAD_HITS) {
      yield* walkOutwards(text, head, origin)
      return
    }
    hits.push(at)
  }
  let after = hits.findIndex((at) => at >= origin)
  if (after === -1) after = hits.length
  let before = after - 1
  for (;;) {
    const earlier = hits[before]
    const later = hits[after]
    if (earlier !== undefined && (later === undefined || origin - earlier <= later - origin)) {
      yield earlier
      before--
    } else if (later !== undefined) {
      yield later
      after++
    } else {
      return
    }
  }
}

function* walkOutwards(text: string, head: string, origin: number): Generator<number> {
  let later = text.indexOf(head, Math.max(0, origin))
  let earlier = origin > 0 ? text.lastIndexOf(head, origin - 1) : -1
  while (earlier !== -1 || later !== -1) {
    if (earlier !== -1 && (later === -1 || origin - earlier <= later - origin)) {
      yield earlier
      earlier = earlier > 0 ? text.lastIndexOf(head, earlier - 1) : -1
    } else {
      yield later
      later = text.indexOf(head, later + 1)
    }
  }
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

/**
 * The fewest-errors matches within text[from, to), as offsets into the whole text: what one call
 * `search(text.slice(from, to), quote, maxErrors)` returns, found window by window (see
 * FIRST_APPROXIMATE_WINDOW) so that it can stop at MAX_APPROXIMATE_MATCHES.
 *
 * Each window is searched for the matches that end in it, together with the text before it that
 * such a match can cover (the quote's length plus the errors allowed). Matches the matcher
 * reports ending before the window were already seen with all their text by an earlier window;
 * as they cost at least as many errors as they truly do, they never hide a better match here.
 */
function searchBetween(text: string, quote: string, maxErrors: number, from: number, to: number): Candidate[] {
  // What each call costs besides its window, in code units of text searched: re-reading the
  // text a match can cover before the window, and first building a table of the quote (one pass
  // over it per distinct code unit, about a 32nd of the cost of searching as many code units).
  // Windows are never shorter than that, and grow to four times it: for a long quote, or one of
  // many different characters, searching in windows then costs little more than one call.
  const overhead = quote.length + maxErrors + (distinctUnits(quote) * quote.length) / 32
  const largest = Math.max(LARGEST_APPROXIMATE_WINDOW, 4 * overhead)
  let size = Math.max(FIRST_APPROXIMATE_WINDOW, overhead)
  let best: Candidate[] = []
  let allowed = maxErrors
  let windowStart = from
  while (windowStart < to && best.length < MAX_APPROXIMATE_MATCHES) {
    const windowEnd = Math.min(to, windowStart + size)
    // A match with `allowed` errors covers up to quote.length + allowed code units.
    const sliceStart = Math.max(from, windowStart - quote.length - allowed)
    for (const m of search(text.slice(sliceStart, windowEnd), quote, allowed)) {
      const end = m.end + sliceStart
      if (end <= windowStart) continue
      if (m.errors < allowed) best = []
      allowed = m.errors
      best.push({ start: m.start + sliceStart, end, errors: m.errors })
    }
    windowStart = windowEnd
    size = Math.min(2 * size, largest)
  }
  return best
}

function distinctUnits(text: string): number {
  const units = new Set<number>()
  for (let i = 0; i < text.length; i++) units.add(text.charCodeAt(i))
  return units.size
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
