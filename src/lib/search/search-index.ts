/**
 * Query side of the static, sharded search index (pure TS; meant to run in a Web Worker).
 *
 * A query is split into words with the same tokeniser as the index (./tokenize.ts).
 * Every word must match (AND). A word matches index terms:
 *   - exactly                                                     × 1
 *   - as a prefix — only the last word, only while the query does
 *     not end in white space, and only when it has 2+ characters  × 0.8
 *   - within one typo (substitution, insertion, deletion or
 *     transposition) — words of 5+ characters only                × 0.6
 *   - as a prefix typed with one typo — last word, 5+ characters,
 *     only when the word matches nothing exactly or as a prefix   × 0.48
 * A word's score in a doc is the best (level/levels × idf(term) × multiplier) over its
 * matched terms; a doc's relevance is the sum over words. Results are sorted by relevance,
 * ties by doc number (newest first).
 *
 * Typos are looked for among the terms of the word's own postings shard (same first two
 * letters). A typo within the first two letters puts the intended term in another shard;
 * when a word of 5+ characters matches nothing exactly (or as a prefix), the small "typo
 * shards" keyed by characters 3–4 of each term are consulted to find such terms too.
 *
 * Stopwords are dropped from queries; so is a last word of one character while it is being
 * typed. A query of fewer than two characters returns no docs. At most MAX_WORDS words are
 * used. `search` never throws because of the query text; it rejects only when `loadShard`
 * rejects (or returns something that is not a shard), and a failed load is retried next time.
 */
import { prefixWithinOneEdit, withinOneEdit } from './edit-distance.ts'
import {
  codePointLength,
  codePointSlice,
  decodePostings,
  runStarts,
  SEPARATOR,
  shardKeyOf,
  TYPO_SHARD_PREFIX,
  typoKeyStart,
  type SearchManifest,
} from './shard-format.ts'
import { forEachTerm, STOPWORDS } from './tokenize.ts'

export type SearchResult = {
  /** Matching doc numbers, best first. */
  docs: Uint32Array
  /** Relevance of each doc in `docs` (same order). */
  scores: Float32Array
  /** The index terms the query words matched (for highlighting), deduplicated; at most
   * MAX_MATCHED_TERMS per word (see matchedTermsOf). */
  matchedTerms: string[]
}

export const MATCH_WEIGHT = { exact: 1, prefix: 0.8, typo: 0.6, typoPrefix: 0.48 } as const

/** Words beyond this many are ignored. */
export const MAX_WORDS = 32
/** Typo tolerance starts at this many characters. */
export const TYPO_MIN_LENGTH = 5
/** Prefix expansion starts at this many characters. */
export const PREFIX_MIN_LENGTH = 2
/** At most this many matched terms are reported per word (see matchedTermsOf). */
export const MAX_MATCHED_TERMS = 256
/** Per-word results kept for the next keystrokes. */
const WORD_CACHE_SIZE = 24

export type QueryWord = { text: string; prefix: boolean }

/** The words a query is searched for (see the module comment). */
export function parseQuery(query: string): QueryWord[] {
  if (typeof query !== 'string') return []
  const trimmed = query.trim()
  if (codePointLength(trimmed) < 2) return []
  const tokens: { term: string; end: number }[] = []
  forEachTerm(query, (term, _start, end) => tokens.push({ term, end }))
  const words: QueryWord[] = []
  const seen = new Set<string>()
  tokens.forEach(({ term, end }, i) => {
    if (STOPWORDS.has(term)) return
    const prefix = i === tokens.length - 1 && end === query.length
    if (prefix && codePointLength(term) < PREFIX_MIN_LENGTH) return
    const key = `${prefix ? '*' : '='}${term}`
    if (seen.has(key)) return
    seen.add(key)
    words.push({ text: term, prefix })
  })
  return words.slice(0, MAX_WORDS)
}

/**
 * A parsed postings shard. Postings stay in their compact string form and are decoded into
 * scratch buffers each time a query touches them: this keeps a worker that has loaded many
 * shards small, and decoding is a fraction of the cost of scoring.
 */
class LoadedShard {
  readonly terms: string[]
  private readonly docStarts: Uint32Array
  private readonly weightStarts: Uint32Array

  /** Throws when the three runs do not line up. */
  constructor(
    t: string,
    private readonly docs: string,
    private readonly weights: string,
  ) {
    this.terms = t === '' ? [] : t.split(SEPARATOR)
    this.docStarts = this.terms.length === 0 ? new Uint32Array(1) : runStarts(docs)
    this.weightStarts = this.terms.length === 0 ? new Uint32Array(1) : runStarts(weights)
    if (this.docStarts.length !== this.terms.length + 1 || this.weightStarts.length !== this.terms.length + 1) {
      throw new Error('runs do not match terms')
    }
  }

  /** Document frequency of terms[i]. */
  df(i: number): number {
    return (this.weightStarts[i + 1] ?? 1) - 1 - (this.weightStarts[i] ?? 0)
  }

  /** Decodes the postings of terms[i] into the buffers; returns how many. */
  decode(i: number, docCount: number, outDocs: Uint32Array, outLevels: Uint8Array): number {
    const d = this.docStarts
    const w = this.weightStarts
    return decodePostings(
      this.docs,
      d[i] ?? 0,
      (d[i + 1] ?? 1) - 1,
      this.weights,
      w[i] ?? 0,
      (w[i + 1] ?? 1) - 1,
      docCount,
      outDocs,
      outLevels,
    )
  }

  /** Index of the first term ≥ s. */
  lowerBound(s: string): number {
    let lo = 0
    let hi = this.terms.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.terms[mid] ?? '') < s) lo = mid + 1
      else hi = mid
    }
    return lo
  }

  indexOf(term: string): number {
    const i = this.lowerBound(term)
    return this.terms[i] === term ? i : -1
  }
}

const EMPTY_SHARD = new LoadedShard('', '', '')


/** One query word's matches: docs (no particular order) with its score in each. */
type WordResult = { docs: Uint32Array; scores: Float32Array; terms: string[] }

type TermMatch = { shard: LoadedShard; index: number; multiplier: number }

/**
 * The terms a word matched, for highlighting: all of them, unless a short prefix matched more
 * than MAX_MATCHED_TERMS — then the best matches, commonest first (a results page shows
 * few docs, and shipping thousands of terms to the UI on every keystroke would cost more
 * than it shows).
 */
function matchedTermsOf(list: readonly TermMatch[]): string[] {
  let chosen = list
  if (list.length > MAX_MATCHED_TERMS) {
    chosen = [...list]
      .sort((a, b) => b.multiplier - a.multiplier || b.shard.df(b.index) - a.shard.df(a.index))
      .slice(0, MAX_MATCHED_TERMS)
  }
  return chosen.map(({ shard, index }) => shard.terms[index] ?? '')
}

const EMPTY_RESULT = (): SearchResult => ({ docs: new Uint32Array(0), scores: new Float32Array(0), matchedTerms: [] })

export class SearchIndex {
  private readonly docCount: number
  private readonly prefixLength: number
  private readonly levels: number
  private readonly shardKeys: string[]
  private readonly shardKeySet: ReadonlySet<string>
  private readonly typoKeySet: ReadonlySet<string>
  private readonly shards = new Map<string, Promise<LoadedShard>>()
  private readonly typoShards = new Map<string, Promise<string[]>>()
  private readonly words = new Map<string, Promise<WordResult>>()
  /** Prefetched shards' two-letter prefixes, worked out ahead (see prefetch); kept apart from the LRU. */
  private readonly warmPrefixes = new Map<string, Promise<WordResult>>()
  // Scratch space, N entries each, allocated on first use (see scratch()).
  private scratchSpace:
    | { docs: Uint32Array; levels: Uint8Array; stamp: Uint32Array; best: Float32Array; touched: Uint32Array; count: Uint8Array; total: Float32Array }
    | undefined
  private generation = 0

  constructor(
    manifest: SearchManifest,
    private readonly loadShard: (key: string) => Promise<string>,
  ) {
    this.docCount = Math.max(0, Math.floor(manifest.docCount))
    this.prefixLength = Math.max(1, Math.floor(manifest.shardPrefixLength))
    this.levels = Math.max(1, manifest.weightLevels)
    this.shardKeys = [...manifest.shards].sort()
    this.shardKeySet = new Set(manifest.shards)
    this.typoKeySet = new Set(manifest.typoShards)
  }

  /** Doc numbers matching ALL query words, best first, and the index terms they matched. */
  async search(query: string): Promise<SearchResult> {
    const words = parseQuery(query)
    if (words.length === 0 || this.docCount === 0) return EMPTY_RESULT()
    const results = await Promise.all(words.map((w) => this.word(w)))
    return this.combine(results)
  }

  /**
   * Loads and parses these postings shards ahead of need, one at a time, so that a search
   * arriving meanwhile waits for at most one. A shard that fails to load is left for the
   * search that needs it, which tries again.
   *
   * Then works out each one's prefix as a word being typed ("ma…"): the union of every term
   * in the shard, the slowest keystroke of a query (30–40 ms for a busy shard at 10,000
   * articles). Done here, in idle time, that keystroke finds it ready.
   */
  async prefetch(keys: readonly string[]): Promise<void> {
    for (const key of keys) {
      if (!this.shardKeySet.has(key)) continue
      const loaded = await this.shard(key).then(
        () => true,
        () => false,
      )
      await yieldToSearches()
      if (!loaded || codePointLength(key) < PREFIX_MIN_LENGTH || this.warmPrefixes.has(key)) continue
      const result = this.computeWord({ text: key, prefix: true })
      this.warmPrefixes.set(key, result)
      await result.catch(() => this.warmPrefixes.delete(key))
      await yieldToSearches()
    }
  }

  /** Drops the per-word results kept between keystrokes (loaded shards stay cached). */
  forgetQueries(): void {
    this.words.clear()
    this.warmPrefixes.clear()
  }

  /** Loads (once) and parses a postings shard; a key not in the manifest is an empty shard. */
  private shard(key: string): Promise<LoadedShard> {
    if (!this.shardKeySet.has(key)) return Promise.resolve(EMPTY_SHARD)
    let promise = this.shards.get(key)
    if (!promise) {
      promise = this.loadShard(key).then((text) => {
        const { t, d, w } = (JSON.parse(text) ?? {}) as Partial<Record<string, unknown>>
        try {
          if (typeof t !== 'string' || typeof d !== 'string' || typeof w !== 'string') throw new Error('missing runs')
          return new LoadedShard(t, d, w)
        } catch (error) {
          throw new Error(`Search shard "${key}" is malformed`, { cause: error })
        }
      })
      promise.catch(() => this.shards.delete(key)) // retry next time
      this.shards.set(key, promise)
    }
    return promise
  }

  private typoShard(key: string): Promise<string[]> {
    if (!this.typoKeySet.has(key)) return Promise.resolve([])
    let promise = this.typoShards.get(key)
    if (!promise) {
      promise = this.loadShard(TYPO_SHARD_PREFIX + key).then((text) => {
        const { t } = (JSON.parse(text) ?? {}) as Partial<Record<string, unknown>>
        if (typeof t !== 'string') throw new Error(`Search typo shard "${key}" is malformed`)
        return t === '' ? [] : t.split(SEPARATOR)
      })
      promise.catch(() => this.typoShards.delete(key))
      this.typoShards.set(key, promise)
    }
    return promise
  }

  /** The postings shard keys that can hold terms matching `w`. */
  private keysFor(w: QueryWord): string[] {
    const key = shardKeyOf(w.text, this.prefixLength)
    if (!w.prefix || codePointLength(w.text) >= this.prefixLength) return [key]
    // A prefix shorter than the shard keys: every key starting with it.
    const keys: string[] = []
    let lo = 0
    let hi = this.shardKeys.length
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((this.shardKeys[mid] ?? '') < w.text) lo = mid + 1
      else hi = mid
    }
    for (let i = lo; i < this.shardKeys.length && (this.shardKeys[i] ?? '').startsWith(w.text); i++) keys.push(this.shardKeys[i] ?? '')
    return keys
  }

  /** A word's result, cached across keystrokes. */
  private word(w: QueryWord): Promise<WordResult> {
    const warm = w.prefix ? this.warmPrefixes.get(w.text) : undefined
    if (warm) return warm
    const cacheKey = `${w.prefix ? '*' : '='}${w.text}`
    let promise = this.words.get(cacheKey)
    if (promise) {
      this.words.delete(cacheKey) // move to the back: least recently used goes first
      this.words.set(cacheKey, promise)
      return promise
    }
    promise = this.computeWord(w)
    promise.catch(() => this.words.delete(cacheKey))
    this.words.set(cacheKey, promise)
    while (this.words.size > WORD_CACHE_SIZE) {
      const oldest = this.words.keys().next().value
      if (oldest === undefined) break
      this.words.delete(oldest)
    }
    return promise
  }

  private async computeWord(w: QueryWord): Promise<WordResult> {
    const q = w.text
    const length = q.length
    const typos = codePointLength(q) >= TYPO_MIN_LENGTH
    const prefix = w.prefix && codePointLength(q) >= PREFIX_MIN_LENGTH
    const matches = new Map<LoadedShard, Map<number, number>>()
    const add = (shard: LoadedShard, index: number, multiplier: number) => {
      let m = matches.get(shard)
      if (!m) matches.set(shard, (m = new Map<number, number>()))
      if ((m.get(index) ?? 0) < multiplier) m.set(index, multiplier)
    }

    const ownKeys = this.keysFor(w)
    const own = await Promise.all(ownKeys.map((k) => this.shard(k)))
    let direct = false // matched exactly or as a prefix
    for (const shard of own) {
      const terms = shard.terms
      let i = shard.lowerBound(q)
      if (terms[i] === q) {
        add(shard, i, MATCH_WEIGHT.exact)
        direct = true
        i++
      }
      if (prefix) {
        for (; i < terms.length && (terms[i] ?? '').startsWith(q); i++) {
          add(shard, i, MATCH_WEIGHT.prefix)
          direct = true
        }
      }
    }
    if (typos) {
      // Whole-word typos always; a typo in a word being typed only when nothing matched as
      // typed (else "prime" would also find every "pri…" word).
      const typoPrefix = w.prefix && !direct
      for (const shard of own) {
        const terms = shard.terms
        for (let j = 0; j < terms.length; j++) {
          const t = terms[j] ?? ''
          if (t.length < length - 1) continue
          if (t.length <= length + 1 && withinOneEdit(q, t)) add(shard, j, MATCH_WEIGHT.typo)
          else if (typoPrefix && prefixWithinOneEdit(q, t)) add(shard, j, MATCH_WEIGHT.typoPrefix)
        }
      }
    }

    if (typos && !direct) await this.crossShardTypos(w, ownKeys, add)

    return this.score(matches)
  }

  /**
   * Terms one typo away from `w` whose typo is within the shard prefix, so that they live in
   * other postings shards. Their characters from typoKeyStart on are the word's, shifted by at
   * most one: look in the typo shards for the word's characters at start-1, start, start+1.
   */
  private async crossShardTypos(w: QueryWord, ownKeys: readonly string[], add: (shard: LoadedShard, index: number, multiplier: number) => void) {
    const q = w.text
    const start = typoKeyStart(this.prefixLength)
    const cpLength = codePointLength(q)
    const keys = new Set<string>()
    for (const s of [start, start - 1, start + 1]) if (s + 2 <= cpLength) keys.add(codePointSlice(q, s, s + 2))
    const lists = await Promise.all([...keys].map((k) => this.typoShard(k)))
    const found = new Map<string, { term: string; multiplier: number }[]>() // shard key → candidates
    const own = new Set(ownKeys)
    for (const list of lists) {
      for (const t of list) {
        let multiplier = 0
        if (Math.abs(t.length - q.length) <= 1 && withinOneEdit(q, t)) multiplier = MATCH_WEIGHT.typo
        else if (w.prefix && prefixWithinOneEdit(q, t)) multiplier = MATCH_WEIGHT.typoPrefix // (no direct match)
        if (multiplier === 0) continue
        const key = shardKeyOf(t, this.prefixLength)
        if (own.has(key)) continue // already scanned
        let candidates = found.get(key)
        if (!candidates) found.set(key, (candidates = []))
        candidates.push({ term: t, multiplier })
      }
    }
    const entries = [...found]
    const shards = await Promise.all(entries.map(([key]) => this.shard(key)))
    entries.forEach(([, candidates], i) => {
      const shard = shards[i]
      if (!shard) return
      for (const { term, multiplier } of candidates) {
        const index = shard.indexOf(term)
        if (index >= 0) add(shard, index, multiplier)
      }
    })
  }

  private idf(df: number): number {
    const n = this.docCount
    return Math.log(1 + (n - df + 0.5) / (df + 0.5))
  }

  private scratch() {
    const n = this.docCount
    this.scratchSpace ??= {
      docs: new Uint32Array(n),
      levels: new Uint8Array(n),
      stamp: new Uint32Array(n),
      best: new Float32Array(n),
      touched: new Uint32Array(n),
      count: new Uint8Array(n),
      total: new Float32Array(n),
    }
    return this.scratchSpace
  }

  /** Per doc, the best score among the matched terms. */
  private score(matches: Map<LoadedShard, Map<number, number>>): WordResult {
    const list: TermMatch[] = []
    for (const [shard, m] of matches) for (const [index, multiplier] of m) list.push({ shard, index, multiplier })
    const terms = matchedTermsOf(list)
    if (list.length === 0) return { docs: new Uint32Array(0), scores: new Float32Array(0), terms }
    const n = this.docCount
    const { docs: postingDocs, levels, stamp, best, touched } = this.scratch()

    if (list.length === 1) {
      const { shard, index, multiplier } = list[0] as TermMatch
      const count = shard.decode(index, n, postingDocs, levels)
      const scale = (this.idf(shard.df(index)) * multiplier) / this.levels
      const scores = new Float32Array(count)
      for (let i = 0; i < count; i++) scores[i] = (levels[i] ?? 0) * scale
      return { docs: postingDocs.slice(0, count), scores, terms }
    }

    const generation = this.nextGeneration()
    let found = 0
    for (const { shard, index, multiplier } of list) {
      const count = shard.decode(index, n, postingDocs, levels)
      const scale = (this.idf(shard.df(index)) * multiplier) / this.levels
      for (let i = 0; i < count; i++) {
        const d = postingDocs[i] ?? 0
        const s = (levels[i] ?? 0) * scale
        if (stamp[d] !== generation) {
          stamp[d] = generation
          best[d] = s
          touched[found++] = d
        } else if (s > (best[d] ?? 0)) {
          best[d] = s
        }
      }
    }
    // Many hits: collect them in doc order (which spares sortByScore two radix passes).
    if (found > n >>> 4) {
      let k = 0
      for (let d = 0; d < n; d++) if (stamp[d] === generation) touched[k++] = d
    }
    const docs = touched.slice(0, found)
    const scores = new Float32Array(found)
    for (let i = 0; i < found; i++) scores[i] = best[docs[i] ?? 0] ?? 0
    return { docs, scores, terms }
  }

  private nextGeneration(): number {
    this.generation = (this.generation + 1) >>> 0
    if (this.generation === 0) {
      this.scratch().stamp.fill(0)
      this.generation = 1
    }
    return this.generation
  }

  /** AND of the words' results, summed scores, sorted. */
  private combine(results: WordResult[]): SearchResult {
    const matchedTerms = [...new Set(results.flatMap((r) => r.terms))]
    const sorted = [...results].sort((a, b) => a.docs.length - b.docs.length)
    const first = sorted[0]
    if (!first || first.docs.length === 0) return { docs: new Uint32Array(0), scores: new Float32Array(0), matchedTerms }

    let docs: Uint32Array
    let scores: Float32Array
    if (sorted.length === 1) {
      docs = first.docs
      scores = first.scores
    } else {
      const { count, total, touched: kept } = this.scratch()
      for (let i = 0; i < first.docs.length; i++) {
        const d = first.docs[i] ?? 0
        count[d] = 1
        total[d] = first.scores[i] ?? 0
      }
      for (let k = 1; k < sorted.length; k++) {
        const r = sorted[k]
        if (!r) continue
        for (let i = 0; i < r.docs.length; i++) {
          const d = r.docs[i] ?? 0
          if (count[d] === k) {
            count[d] = k + 1
            total[d] = (total[d] ?? 0) + (r.scores[i] ?? 0)
          }
        }
      }
      const all = sorted.length
      let found = 0
      for (let i = 0; i < first.docs.length; i++) {
        const d = first.docs[i] ?? 0
        if (count[d] === all) kept[found++] = d
        count[d] = 0
      }
      docs = kept.subarray(0, found)
      scores = new Float32Array(found)
      for (let i = 0; i < found; i++) scores[i] = total[docs[i] ?? 0] ?? 0
    }
    return { ...sortByScore(docs, scores), matchedTerms }
  }
}

/** Below this many results a comparison sort is cheaper than radix passes. */
const RADIX_MIN = 256
const RADIX_BITS = 11
const counts = new Uint32Array(1 << RADIX_BITS)
let keysA = new Uint32Array(0)
let keysB = new Uint32Array(0)
let docsA = new Uint32Array(0)
let docsB = new Uint32Array(0)

/**
 * One stable LSD radix pass: moves (keys[i], docs[i]) to (outKeys, outDocs) bucketed by the
 * digit at `shift` of digits[i] (digits is keys or docs). Returns false, having moved
 * nothing, when every pair has the same digit.
 */
function radixPass(
  n: number,
  shift: number,
  digits: Uint32Array,
  keys: Uint32Array,
  docs: Uint32Array,
  outKeys: Uint32Array,
  outDocs: Uint32Array,
): boolean {
  const mask = (1 << RADIX_BITS) - 1
  const count = counts
  count.fill(0)
  for (let i = 0; i < n; i++) {
    const b = ((digits[i] as number) >>> shift) & mask
    count[b] = (count[b] as number) + 1
  }
  let sum = 0
  for (let b = 0; b <= mask; b++) {
    const c = count[b] as number
    if (c === n) return false
    count[b] = sum
    sum += c
  }
  for (let i = 0; i < n; i++) {
    const b = ((digits[i] as number) >>> shift) & mask
    const at = count[b] as number
    count[b] = at + 1
    outKeys[at] = keys[i] as number
    outDocs[at] = docs[i] as number
  }
  return true
}

/**
 * Sorts by score descending, then doc ascending; returns new arrays (never views of the
 * inputs or of scratch space, so the caller may transfer them). Negative and NaN scores count
 * as 0. Stable LSD radix sort: by doc (skipped when the docs are already ascending), then by
 * the score's float bits, which order like the scores for non-negative floats.
 */
export function sortByScore(docs: Uint32Array, scores: Float32Array): { docs: Uint32Array; scores: Float32Array } {
  const n = Math.min(docs.length, scores.length)
  const outDocs = new Uint32Array(n)
  const outScores = new Float32Array(n)
  const clean = (s: number) => (s > 0 ? s : 0) // NaN too
  if (n < RADIX_MIN) {
    const order = Array.from({ length: n }, (_, i) => i).sort(
      (a, b) => clean(scores[b] ?? 0) - clean(scores[a] ?? 0) || (docs[a] ?? 0) - (docs[b] ?? 0),
    )
    order.forEach((from, to) => {
      outDocs[to] = docs[from] ?? 0
      outScores[to] = clean(scores[from] ?? 0)
    })
    return { docs: outDocs, scores: outScores }
  }
  if (keysA.length < n) {
    const size = Math.max(n, keysA.length * 2)
    keysA = new Uint32Array(size)
    keysB = new Uint32Array(size)
    docsA = new Uint32Array(size)
    docsB = new Uint32Array(size)
  }
  // Keys: 0x7fffffff minus the float bits, so that ascending keys are descending scores.
  const bits = new Uint32Array(outScores.buffer, 0, n)
  const ka = keysA
  const da = docsA
  let ascending = true
  let maxDoc = 0
  for (let i = 0; i < n; i++) {
    const s = scores[i] as number
    outScores[i] = s > 0 ? s : 0 // NaN too
    ka[i] = 0x7fffffff - (bits[i] as number)
    const doc = docs[i] as number
    da[i] = doc
    if (doc < maxDoc) ascending = false
    else maxDoc = doc
  }
  let k1 = keysA
  let d1 = docsA
  let k2 = keysB
  let d2 = docsB
  const pass = (shift: number, byDoc: boolean) => {
    if (radixPass(n, shift, byDoc ? d1 : k1, k1, d1, k2, d2)) {
      ;[k1, k2] = [k2, k1]
      ;[d1, d2] = [d2, d1]
    }
  }
  if (!ascending) for (let shift = 0; maxDoc >>> shift > 0; shift += RADIX_BITS) pass(shift, true)
  for (let shift = 0; shift < 31; shift += RADIX_BITS) pass(shift, false)
  for (let i = 0; i < n; i++) {
    outDocs[i] = d1[i] as number
    bits[i] = 0x7fffffff - (k1[i] as number)
  }
  return { docs: outDocs, scores: outScores }
}

/** Lets a search message waiting in the worker's queue run. */
function yieldToSearches(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0))
}
