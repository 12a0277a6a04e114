/**
 * Find the passage of an article that a URL text directive (`#:~:text=…`, see ./text-fragment)
 * points to, following the WICG spec's "find a range from a text directive"
 * (https://wicg.github.io/scroll-to-text-fragment/) as it applies to an article of plain
 * paragraphs. Offsets are JavaScript string indices into the article's canonical text
 * (`articleText(paragraphs)`: paragraphs joined by a blank line), end exclusive.
 *
 * Pure: no DOM, no Node APIs.
 *
 * How the spec's DOM notions map onto paragraphs:
 *
 * - Blocks. Each paragraph is one block (a `<p>` in the page). A single term (prefix, start, end
 *   or suffix) only ever matches text inside one paragraph; the paragraph separator is never part
 *   of a term's match. The matched passage as a whole may span paragraphs (`start,end`).
 * - Whitespace. The spec searches the text as rendered, where a run of whitespace inside a
 *   paragraph collapses to one space, so any whitespace run in a term matches any whitespace run
 *   in the paragraph (JS `\s`, which includes no-break space).
 * - Context. The prefix must be followed, after nothing but whitespace, by the start term; the
 *   suffix must follow the end of the match (the end term, or the start term when there is no
 *   end) after nothing but whitespace. As in the spec ("advance to the next non-whitespace
 *   position" walks from text node to text node), that whitespace may include paragraph breaks:
 *   a prefix may be the end of the previous paragraph and a suffix the beginning of the next,
 *   which is how a passage that starts or ends a paragraph is told apart from its twins.
 * - Comparison. The spec asks for a comparison at the Unicode collation "primary level"
 *   (ignoring case and accents). We use a locale-independent approximation, applied to each
 *   character of both the term and the text: `toLowerCase()`, then dropping the combining
 *   diacritical marks U+0300–U+036F after canonical decomposition (so `café` = `CAFE`), typographic
 *   single and double quotes folded to straight ones (`’` = `'`, `“` = `”` = `"`, as Chrome's find
 *   does) and soft hyphens (U+00AD) ignored. Other marks (e.g. in Indic or Hebrew scripts) are kept.
 * - Word boundaries. Matches are word-bounded as in the spec, with word boundaries from
 *   `Intl.Segmenter` (Unicode UAX #29, locale-independent in practice for alphabetic text) computed
 *   on each paragraph: the prefix must start at a word boundary; the start term must start at one
 *   when there is no prefix; the end term must start at one; and the end of the match (end of the
 *   end term, or of the start term when there is no end) must be at one unless a suffix is given,
 *   in which case the end of the suffix must be. Without context, that is just "`start` and `end`
 *   begin and end on word boundaries" (`shed tea` does not match inside "shed tears"); with
 *   context, the spec checks "prefix + start" and "end + suffix" as wholes, so
 *   `text=t-,ears` does reach the "ears" of "tears".
 * - Order. The first match is the one whose start term comes first (with its prefix, when given,
 *   tried in document order), exactly as in the spec's loop; with an end term it runs to the first
 *   occurrence of the end term (followed by the suffix, when given) after the start term.
 */
import { articleText, paragraphStarts } from '../articles/article-text'
import { hasTermTooLong, type TextDirective } from './text-fragment'

/** A passage of the canonical text: [start, end), JS string indices. */
export type TextRange = { start: number; end: number }

/**
 * One paragraph, folded for matching. `folded` is the paragraph after case/accent/quote folding
 * with every whitespace run collapsed to one space; each of its code units ("units") records the
 * paragraph characters it came from, so a match in `folded` maps back to paragraph offsets.
 */
export type PreparedBlock = {
  /** Offset of the paragraph in the canonical text. */
  readonly start: number
  readonly text: string
  readonly folded: string
  /** Per unit: paragraph offset of the character (or whitespace run) it came from. */
  readonly unitStart: readonly number[]
  /** Per unit: end of that character, extended over following characters that fold to nothing (marks, soft hyphens). */
  readonly unitEnd: readonly number[]
  /** Per unit: whether it is the first / last unit of its character's fold (a match may not split a character). */
  readonly unitFirst: readonly boolean[]
  readonly unitLast: readonly boolean[]
  /** Per paragraph offset 0..length: the first unit whose character starts at or after it. */
  readonly offsetToUnit: readonly number[]
  /** Word boundaries (index 0..length), computed on first use. */
  boundaries: Uint8Array | null
}

/** An article prepared for (repeated) matching; see `prepareParagraphs`. */
export type PreparedText = {
  /** The canonical text. */
  readonly text: string
  readonly blocks: readonly PreparedBlock[]
}

/**
 * The first passage `directive` resolves to in the article, as a browser would highlight it, or
 * null when it matches nothing.
 */
export function findTextDirective(paragraphs: readonly string[], directive: TextDirective): TextRange | null {
  return findTextDirectiveMatches(paragraphs, directive, 1)[0] ?? null
}

/**
 * The passages `directive` resolves to, in document order, at most `limit` of them (none when a
 * term is longer than MAX_TERM_LENGTH). The first is what `findTextDirective` returns; the later
 * ones are what the spec's search would return if the earlier ones were not there to be found
 * (the search resumes just after each match's start term).
 * `findTextDirectiveMatches(paragraphs, directive, 2).length === 1` means the directive is unique.
 */
export function findTextDirectiveMatches(
  paragraphs: readonly string[],
  directive: TextDirective,
  limit = Number.POSITIVE_INFINITY,
): TextRange[] {
  return matchPrepared(prepareParagraphs(paragraphs), directive, limit)
}

/** Fold and index an article once, for callers that match many directives against it. */
export function prepareParagraphs(paragraphs: readonly string[]): PreparedText {
  const starts = paragraphStarts(paragraphs)
  return {
    text: articleText(paragraphs),
    blocks: paragraphs.map((paragraph, index) => prepareBlock(paragraph, starts[index] ?? 0)),
  }
}

/** `findTextDirectiveMatches` on a prepared article. */
export function matchPrepared(prepared: PreparedText, directive: TextDirective, limit = Number.POSITIVE_INFINITY): TextRange[] {
  const matches: TextRange[] = []
  if (!(limit >= 1)) return matches
  // The parser never yields such a term (see MAX_TERM_LENGTH); a directive built in code is
  // held to the same bound, so that no caller can make this search unbounded.
  if (hasTermTooLong(directive)) return matches

  const start = foldTerm(directive.start)
  const prefix = optionalTerm(directive.prefix)
  const end = optionalTerm(directive.end)
  const suffix = optionalTerm(directive.suffix)
  // A term that folds to nothing (only soft hyphens, say) would match everywhere: match nothing.
  if (start === '' || prefix === '' || end === '' || suffix === '') return matches

  const textLength = prepared.text.length
  const seen = new Set<string>()
  const record = (range: TextRange): void => {
    const key = `${range.start}:${range.end}`
    if (seen.has(key)) return
    seen.add(key)
    matches.push(range)
  }
  const suffixFollows = (position: number, term: string): boolean => {
    const next = skipWhitespace(prepared.text, position)
    return next < textLength && findAt(prepared, term, next, false, true) !== null
  }
  // The start term may end inside a word when a suffix (and no end term) follows it: the spec
  // then requires "start + suffix" to be word-bounded as a whole.
  const startMustEndAtWord = end !== null || suffix === null

  let searchFrom = 0
  while (searchFrom < textLength && matches.length < limit) {
    let potential: TextRange | null
    if (prefix !== null) {
      const prefixMatch = findFrom(prepared, prefix, searchFrom, true, false)
      if (prefixMatch === null) break
      searchFrom = prefixMatch.start + 1
      const startPosition = skipWhitespace(prepared.text, prefixMatch.end)
      if (startPosition >= textLength) break
      potential = findAt(prepared, start, startPosition, false, startMustEndAtWord)
      if (potential === null) continue
    } else {
      potential = findFrom(prepared, start, searchFrom, true, startMustEndAtWord)
      if (potential === null) break
      searchFrom = potential.start + 1
    }

    if (end === null) {
      if (suffix === null || suffixFollows(potential.end, suffix)) record(potential)
      continue
    }

    // Range search: the first occurrence of the end term (followed by the suffix) after the start
    // term. As in the spec, when none exists the whole search fails: no later start can do better.
    let endSearchFrom = potential.end
    let found: TextRange | null = null
    while (found === null && endSearchFrom < textLength) {
      const endMatch = findFrom(prepared, end, endSearchFrom, true, suffix === null)
      if (endMatch === null) break
      if (suffix === null || suffixFollows(endMatch.end, suffix)) found = { start: potential.start, end: endMatch.end }
      endSearchFrom = endMatch.end
    }
    if (found === null) break
    record(found)
  }
  return matches
}

/** Index of the block containing canonical offset `position`, or of the first block after it (blocks.length if none). */
export function blockIndexAt(prepared: PreparedText, position: number): number {
  const { blocks } = prepared
  let low = 0
  let high = blocks.length - 1
  let found = -1
  while (low <= high) {
    const middle = (low + high) >> 1
    const block = blocks[middle]
    if (block !== undefined && block.start <= position) {
      found = middle
      low = middle + 1
    } else {
      high = middle - 1
    }
  }
  if (found === -1) return 0
  const block = blocks[found]
  return block !== undefined && position <= block.start + block.text.length ? found : found + 1
}

/** Whether paragraph offset `offset` (0..length) of `block` is at a word boundary. */
export function isWordBoundary(block: PreparedBlock, offset: number): boolean {
  if (offset <= 0 || offset >= block.text.length) return offset === 0 || offset === block.text.length
  return (wordBoundaries(block)[offset] ?? 0) === 1
}

/** Whether a (single) character is whitespace for matching: collapsed, skipped between context and match. */
export function isWhitespace(char: string): boolean {
  return WHITESPACE.test(char)
}

const WHITESPACE = /^\s$/u

// Made on first use: a word segmenter loads the browser's dictionaries, measured at 50–100 ms
// of start-up on a page that never needs one.
let segmenter: Intl.Segmenter | undefined

function wordBoundaries(block: PreparedBlock): Uint8Array {
  if (block.boundaries !== null) return block.boundaries
  const boundaries = new Uint8Array(block.text.length + 1)
  segmenter ??= new Intl.Segmenter('und', { granularity: 'word' })
  for (const { index, segment } of segmenter.segment(block.text)) {
    boundaries[index] = 1
    boundaries[index + segment.length] = 1
  }
  boundaries[0] = 1
  boundaries[block.text.length] = 1
  block.boundaries = boundaries
  return boundaries
}

function skipWhitespace(text: string, position: number): number {
  let next = position
  while (next < text.length && isWhitespace(text.charAt(next))) next++
  return next
}

/**
 * The first match of folded `term` at or after canonical offset `from`, within a single block,
 * with the requested word-boundary checks (paragraph offsets are checked, not folded ones).
 */
function findFrom(prepared: PreparedText, term: string, from: number, wordStartBounded: boolean, wordEndBounded: boolean): TextRange | null {
  for (let index = blockIndexAt(prepared, from); index < prepared.blocks.length; index++) {
    const block = prepared.blocks[index]
    if (block === undefined) break
    const local = Math.max(0, from - block.start)
    const found = findInBlock(block, term, local, wordStartBounded, wordEndBounded, false)
    if (found !== null) return found
  }
  return null
}

/** A match of folded `term` that starts exactly at canonical offset `position` (not whitespace), or null. */
function findAt(prepared: PreparedText, term: string, position: number, wordStartBounded: boolean, wordEndBounded: boolean): TextRange | null {
  const block = prepared.blocks[blockIndexAt(prepared, position)]
  if (block === undefined || position < block.start) return null
  return findInBlock(block, term, position - block.start, wordStartBounded, wordEndBounded, true)
}

function findInBlock(
  block: PreparedBlock,
  term: string,
  local: number,
  wordStartBounded: boolean,
  wordEndBounded: boolean,
  mustBeAtBeginning: boolean,
): TextRange | null {
  if (local > block.text.length) return null
  const firstUnit = block.offsetToUnit[local] ?? block.folded.length
  let from = firstUnit
  for (;;) {
    const unit = block.folded.indexOf(term, from)
    if (unit === -1 || (mustBeAtBeginning && unit !== firstUnit)) return null
    const lastUnit = unit + term.length - 1
    if (block.unitFirst[unit] === true && block.unitLast[lastUnit] === true) {
      const start = block.unitStart[unit] ?? 0
      const end = block.unitEnd[lastUnit] ?? 0
      if ((!wordStartBounded || isWordBoundary(block, start)) && (!wordEndBounded || isWordBoundary(block, end))) {
        return { start: block.start + start, end: block.start + end }
      }
    }
    if (mustBeAtBeginning) return null
    from = unit + 1
  }
}

function optionalTerm(term: string | undefined): string | null {
  return term === undefined || term === '' ? null : foldTerm(term)
}

/** Fold a term the way paragraphs are folded (without the offset bookkeeping). */
function foldTerm(term: string): string {
  let folded = ''
  let inWhitespace = false
  for (const char of term) {
    if (isWhitespace(char)) {
      if (!inWhitespace) folded += ' '
      inWhitespace = true
      continue
    }
    inWhitespace = false
    folded += foldChar(char)
  }
  return folded
}

const QUOTE_FOLDS = new Map([
  ['\u2018', "'"],
  ['\u2019', "'"],
  ['\u201C', '"'],
  ['\u201D', '"'],
])
const SOFT_HYPHEN = '\u00AD'
const COMBINING_DIACRITICS = /[\u0300-\u036F]/gu
const foldCache = new Map<string, string>()

/** The fold of one character (code point): see the module comment. May be '' or several units. */
function foldChar(char: string): string {
  const cached = foldCache.get(char)
  if (cached !== undefined) return cached
  let folded: string
  if (char === SOFT_HYPHEN) folded = ''
  else {
    const quote = QUOTE_FOLDS.get(char)
    folded = quote ?? char.toLowerCase().normalize('NFD').replace(COMBINING_DIACRITICS, '').normalize('NFC')
  }
  foldCache.set(char, folded)
  return folded
}

function prepareBlock(text: string, start: number): PreparedBlock {
  let folded = ''
  const unitStart: number[] = []
  const unitEnd: number[] = []
  const unitFirst: boolean[] = []
  const unitLast: boolean[] = []
  // Characters that fold to nothing belong to the preceding unit; at the very start of the
  // paragraph, to the following one.
  let pendingStart = -1
  let offset = 0
  while (offset < text.length) {
    const char = String.fromCodePoint(text.codePointAt(offset) ?? 0)
    let next = offset + char.length
    let out: string
    if (isWhitespace(char)) {
      while (next < text.length && isWhitespace(text.charAt(next))) next++
      out = ' '
    } else {
      out = foldChar(char)
    }
    if (out === '') {
      if (unitEnd.length > 0) unitEnd[unitEnd.length - 1] = next
      else if (pendingStart === -1) pendingStart = offset
      offset = next
      continue
    }
    const from = pendingStart === -1 ? offset : pendingStart
    pendingStart = -1
    for (let unit = 0; unit < out.length; unit++) {
      unitStart.push(from)
      unitEnd.push(next)
      unitFirst.push(unit === 0)
      unitLast.push(unit === out.length - 1)
    }
    folded += out
    offset = next
  }

  const offsetToUnit: number[] = []
  let unit = 0
  for (let position = 0; position <= text.length; position++) {
    while (unit < unitStart.length && (unitStart[unit] ?? 0) < position) unit++
    offsetToUnit.push(unit)
  }
  return { start, text, folded, unitStart, unitEnd, unitFirst, unitLast, offsetToUnit, boundaries: null }
}
