/**
 * Build a URL text directive (`#:~:text=…`) for a passage of an article, the way Chrome's
 * "Copy link to highlight" does, such that `findTextDirective` (./find-text-directive) resolves it
 * to exactly that passage and to nothing else.
 *
 * Pure: no DOM, no Node APIs. Offsets are JS string indices into the canonical text
 * (`articleText(paragraphs)`), end exclusive.
 *
 * - The passage is first trimmed of surrounding whitespace and widened to word boundaries (the
 *   smallest word-aligned passage containing it): a reader may select half a word, but a match
 *   can only start and end on word boundaries, as a browser's would (Chrome's generator widens
 *   the selection the same way). The result resolves to that widened passage (`range` below).
 * - A passage inside one paragraph and at most EXACT_MAX_LENGTH (300, Chrome's limit) characters
 *   long is written out whole as `start`. A longer one, or one spanning paragraphs, becomes a
 *   `start,end` range: the first words of the passage (within its first paragraph) and its last
 *   words (within its last paragraph).
 * - Then, word by word, the start/end terms grow and `prefix`/`suffix` words are added (the words
 *   just before/after the passage; when the passage starts or ends a paragraph, the end of the
 *   previous or the beginning of the next paragraph, which the matcher accepts across the break),
 *   always taking the step that rules out the most other matches, cheapest first, until the
 *   directive is exact and unique; finally words that turn out unnecessary are dropped again, so
 *   links stay short.
 * - Terms are whole whitespace-separated words joined by single spaces: never empty, never
 *   containing a newline or the paragraph separator.
 *
 * Some passages cannot be addressed uniquely at all: a term never reaches beyond one paragraph,
 * so a passage whose paragraph (and neighbouring paragraphs) occur twice, identically, has a twin
 * that every directive matches too. Then the result is exact but not unique when the passage is
 * the first twin, and not even exact otherwise (it resolves to an earlier twin);
 * `generateTextDirectiveWithStatus` says which.
 */
import { blockIndexAt, isWhitespace, isWordBoundary, matchPrepared, prepareParagraphs } from './find-text-directive'
import type { PreparedText, TextRange } from './find-text-directive'
import type { TextDirective } from './text-fragment'

/** Longest passage (in one paragraph) written out whole as `start` rather than as `start,end`: Chrome's threshold. */
export const EXACT_MAX_LENGTH = 300

export type GeneratedTextDirective = {
  directive: TextDirective
  /** The passage the directive is meant to resolve to: the requested one, trimmed and widened to word boundaries. */
  range: TextRange
  /** `findTextDirective` resolves `directive` to exactly `range`. */
  exact: boolean
  /** `exact`, and nothing else matches (`findTextDirectiveMatches(…, 2)` has length 1). */
  unique: boolean
}

/**
 * A text directive for canonical-text passage [start, end): see the module comment. Throws a
 * RangeError when the offsets are not a valid range or the passage is only whitespace.
 */
export function generateTextDirective(paragraphs: readonly string[], start: number, end: number): TextDirective {
  return generateTextDirectiveWithStatus(paragraphs, start, end).directive
}

/** `generateTextDirective`, also saying what the directive resolves to and whether it is unique. */
export function generateTextDirectiveWithStatus(paragraphs: readonly string[], start: number, end: number): GeneratedTextDirective {
  const prepared = prepareParagraphs(paragraphs)
  const { text } = prepared
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || start > end || end > text.length) {
    throw new RangeError(`generateTextDirective: invalid range [${start}, ${end}) for a text of length ${text.length}`)
  }
  const range = widenToWords(prepared, start, end)
  const candidates = new Candidates(prepared, range)

  const modes: Mode[] = []
  const firstBlock = blockIndexAt(prepared, range.start)
  const lastBlock = blockIndexAt(prepared, range.end - 1)
  const canRange = firstBlock !== lastBlock || candidates.passageWords(firstBlock).length >= 2
  const short = firstBlock === lastBlock && range.end - range.start <= EXACT_MAX_LENGTH
  if (short || !canRange) modes.push('exact')
  if (canRange) modes.push('range')
  // A long passage in one paragraph: when no range directive is unique, try writing it out whole.
  if (!short && canRange && firstBlock === lastBlock) modes.push('exact')

  let fallback: Result | null = null
  for (const mode of modes) {
    const result = candidates.search(mode)
    if (result.unique) return finish(result, range)
    if (fallback === null || (result.exact && !fallback.exact)) fallback = result
  }
  if (fallback === null) throw new Error('unreachable: no generation mode')
  return finish(fallback, range)
}

type Mode = 'exact' | 'range'

/** Word counts: start/end terms (range mode) and context. */
type Shape = { startWords: number; endWords: number; prefixWords: number; suffixWords: number }

type Result = { directive: TextDirective; exact: boolean; unique: boolean }

function finish(result: Result, range: TextRange): GeneratedTextDirective {
  return { directive: result.directive, range, exact: result.exact, unique: result.unique }
}

/** Matches looked at to score a candidate: enough to tell "fewer matches" apart in practice. */
const SCORE_LIMIT = 50

/** A whitespace-separated word, as canonical offsets. */
type Word = { start: number; end: number }

/**
 * Trim [start, end) of whitespace and widen it to the word boundaries around it (within its first
 * and last paragraph).
 */
function widenToWords(prepared: PreparedText, start: number, end: number): TextRange {
  const { text } = prepared
  let from = start
  let to = end
  while (from < to && isWhitespace(text.charAt(from))) from++
  while (to > from && isWhitespace(text.charAt(to - 1))) to--
  if (from === to) throw new RangeError(`generateTextDirective: the passage [${start}, ${end}) has no text`)

  const first = prepared.blocks[blockIndexAt(prepared, from)]
  const last = prepared.blocks[blockIndexAt(prepared, to - 1)]
  if (first === undefined || last === undefined) throw new Error('unreachable: non-whitespace outside paragraphs')
  let local = from - first.start
  while (local > 0 && !isWordBoundary(first, local)) local--
  from = first.start + local
  local = to - last.start
  while (local < last.text.length && !isWordBoundary(last, local)) local++
  to = last.start + local
  return { start: from, end: to }
}

class Candidates {
  private readonly prepared: PreparedText
  private readonly target: TextRange
  private readonly firstBlock: number
  private readonly lastBlock: number
  private readonly wordsCache = new Map<number, Word[]>()
  /** Words before the passage that a prefix may use (document order) and after it for a suffix. */
  private readonly prefixPool: Word[]
  private readonly suffixPool: Word[]

  constructor(prepared: PreparedText, target: TextRange) {
    this.prepared = prepared
    this.target = target
    this.firstBlock = blockIndexAt(prepared, target.start)
    this.lastBlock = blockIndexAt(prepared, target.end - 1)
    this.prefixPool = this.contextBefore()
    this.suffixPool = this.contextAfter()
  }

  /** Words of the passage within block `index`, clipped to the passage. */
  passageWords(index: number): Word[] {
    return clip(this.words(index), this.target.start, this.target.end)
  }

  /**
   * Greedy search from the shortest directive of this mode: grow whichever part rules out the
   * most other matches (ties: fewest added characters) until the directive is unique or nothing
   * can grow; then shrink whatever is not needed. If uniqueness is out of reach, settle for the
   * shortest exact directive met on the way.
   */
  search(mode: Mode): Result {
    const first = this.passageWords(this.firstBlock)
    const last = this.passageWords(this.lastBlock)
    const sameBlock = this.firstBlock === this.lastBlock
    const fits = (shape: Shape): boolean =>
      shape.prefixWords >= 0 &&
      shape.prefixWords <= this.prefixPool.length &&
      shape.suffixWords >= 0 &&
      shape.suffixWords <= this.suffixPool.length &&
      (mode === 'exact' ||
        (shape.startWords >= 1 &&
          shape.endWords >= 1 &&
          shape.startWords <= first.length &&
          shape.endWords <= last.length &&
          (!sameBlock || shape.startWords + shape.endWords <= first.length)))

    const build = (shape: Shape): TextDirective => {
      const directive: TextDirective =
        mode === 'exact'
          ? { start: this.join(this.passageWordsAll()) }
          : { start: this.join(first.slice(0, shape.startWords)), end: this.join(last.slice(last.length - shape.endWords)) }
      const result: TextDirective = { start: directive.start }
      if (shape.prefixWords > 0) result.prefix = this.join(this.prefixPool.slice(this.prefixPool.length - shape.prefixWords))
      if (directive.end !== undefined) result.end = directive.end
      if (shape.suffixWords > 0) result.suffix = this.join(this.suffixPool.slice(0, shape.suffixWords))
      return result
    }

    const evaluated = new Map<string, Evaluation>()
    const evaluate = (shape: Shape): Evaluation => {
      const key = `${shape.startWords},${shape.endWords},${shape.prefixWords},${shape.suffixWords}`
      const known = evaluated.get(key)
      if (known !== undefined) return known
      const directive = build(shape)
      const matches = matchPrepared(this.prepared, directive, SCORE_LIMIT)
      const hits = matches.filter((match) => match.start === this.target.start && match.end === this.target.end).length
      const exact = matches[0]?.start === this.target.start && matches[0].end === this.target.end
      const evaluation: Evaluation = {
        shape,
        directive,
        length: directiveLength(directive),
        exact,
        unique: exact && matches.length === 1,
        // Other matches, plus one when the passage itself is not among them.
        score: matches.length - hits + (hits > 0 ? 0 : 1),
      }
      evaluated.set(key, evaluation)
      return evaluation
    }

    const steps = (shape: Shape, delta: 1 | -1): Shape[] => {
      const next: Shape[] = [
        { ...shape, prefixWords: shape.prefixWords + delta },
        { ...shape, suffixWords: shape.suffixWords + delta },
      ]
      if (mode === 'range') {
        next.unshift({ ...shape, startWords: shape.startWords + delta }, { ...shape, endWords: shape.endWords + delta })
      }
      return next.filter(fits)
    }

    const initial = evaluate({ startWords: mode === 'range' ? 1 : 0, endWords: mode === 'range' ? 1 : 0, prefixWords: 0, suffixWords: 0 })
    let current = initial
    let bestExact: Evaluation | null = current.exact ? current : null
    while (!current.unique) {
      let best: Evaluation | null = null
      for (const shape of steps(current.shape, 1)) {
        const candidate = evaluate(shape)
        if (best === null || candidate.score < best.score || (candidate.score === best.score && candidate.length < best.length)) {
          best = candidate
        }
      }
      if (best === null) break
      current = best
      if (current.exact && (bestExact === null || current.length < bestExact.length)) bestExact = current
    }

    const chosen = current.unique ? current : bestExact
    // Out of reach: the shortest directive will do (it finds the same words elsewhere).
    if (chosen === null) return { directive: initial.directive, exact: false, unique: false }
    // Drop words that are not needed, biggest savings first, keeping what made the choice good.
    const keeps = (candidate: Evaluation): boolean => (chosen.unique ? candidate.unique : candidate.exact)
    let shortest = chosen
    for (;;) {
      let best: Evaluation | null = null
      for (const shape of steps(shortest.shape, -1)) {
        const candidate = evaluate(shape)
        if (keeps(candidate) && (best === null || candidate.length < best.length)) best = candidate
      }
      if (best === null) break
      shortest = best
    }
    return { directive: shortest.directive, exact: shortest.exact, unique: shortest.unique }
  }

  private passageWordsAll(): Word[] {
    const words: Word[] = []
    for (let index = this.firstBlock; index <= this.lastBlock; index++) words.push(...this.passageWords(index))
    return words
  }

  private join(words: readonly Word[]): string {
    return words.map((word) => this.prepared.text.slice(word.start, word.end)).join(' ')
  }

  /** Whitespace-separated words of block `index`, as canonical offsets. */
  private words(index: number): Word[] {
    const cached = this.wordsCache.get(index)
    if (cached !== undefined) return cached
    const words: Word[] = []
    const block = this.prepared.blocks[index]
    if (block !== undefined) {
      for (const match of block.text.matchAll(/\S+/gu)) {
        words.push({ start: block.start + match.index, end: block.start + match.index + match[0].length })
      }
    }
    this.wordsCache.set(index, words)
    return words
  }

  /** The words a prefix can use: those before the passage in its paragraph, else the last non-empty paragraph before it. */
  private contextBefore(): Word[] {
    const own = clip(this.words(this.firstBlock), Number.NEGATIVE_INFINITY, this.target.start)
    if (own.length > 0) return own
    for (let index = this.firstBlock - 1; index >= 0; index--) {
      const words = this.words(index)
      if (words.length > 0) return words
    }
    return []
  }

  /** The words a suffix can use: those after the passage in its paragraph, else the next non-empty paragraph. */
  private contextAfter(): Word[] {
    const own = clip(this.words(this.lastBlock), this.target.end, Number.POSITIVE_INFINITY)
    if (own.length > 0) return own
    for (let index = this.lastBlock + 1; index < this.prepared.blocks.length; index++) {
      const words = this.words(index)
      if (words.length > 0) return words
    }
    return []
  }
}

type Evaluation = {
  shape: Shape
  directive: TextDirective
  /** Characters in the directive's terms: what "short" means. */
  length: number
  exact: boolean
  unique: boolean
  score: number
}

/** The parts of `words` inside [from, to), dropping words entirely outside. */
function clip(words: readonly Word[], from: number, to: number): Word[] {
  const clipped: Word[] = []
  for (const word of words) {
    const start = Math.max(word.start, from)
    const end = Math.min(word.end, to)
    if (start < end) clipped.push({ start, end })
  }
  return clipped
}

function directiveLength(directive: TextDirective): number {
  return (directive.prefix?.length ?? 0) + directive.start.length + (directive.end?.length ?? 0) + (directive.suffix?.length ?? 0)
}
