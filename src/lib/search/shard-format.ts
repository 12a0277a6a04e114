/**
 * The on-disk format of the static, sharded search index (see README.md beside this file).
 *
 * Postings shard (key = the first `shardPrefixLength` characters of its terms):
 *
 *   {"t":"pyongyang pyotr …","d":"<docs of pyongyang> <docs of pyotr> …","w":"<weights> <weights> …"}
 *
 *  - t: the shard's terms, sorted (UTF-16 code unit order, i.e. JS `<`), space-separated;
 *  - d: per term, its doc numbers as varints (the first doc number, then each gap minus one;
 *       docs are ascending, so gaps are ≥ 1), terms separated by a space;
 *  - w: per term, one character per posting — the quantised weight level 1..WEIGHT_LEVELS —
 *       terms separated by a space. A term's document frequency is its run's length.
 *
 * Typo shard (key = "~" + characters 3..4 (0-based) of the term, for terms of 5+ characters):
 *
 *   {"t":"pyongyang …"}
 *
 * used only to forgive a typo within a word's first two characters (which would put the
 * intended term in another postings shard).
 *
 * Digits come from a 92-character alphabet — printable ASCII minus space, `"` and `\` — so
 * JSON never escapes them. Three strings per shard instead of arrays of numbers (or of
 * strings) make a shard about a third of the raw size, a little smaller gzipped, and many
 * times faster to JSON.parse; a term's postings are decoded only when a query touches it.
 */

export const FORMAT_VERSION = 1

export type SearchManifest = {
  version: typeof FORMAT_VERSION
  /** Number of documents N; doc numbers are 0..N-1 in the order given to the builder. */
  docCount: number
  /** Postings shard keys are the first this-many characters (code points) of a term. */
  shardPrefixLength: number
  /** Every postings shard key, sorted. The client never asks for a key not listed here. */
  shards: string[]
  /** Every typo shard key (without its "~"), sorted. */
  typoShards: string[]
  /** Weights are stored as levels 1..weightLevels of (k1 + 1) (BM25 saturation maximum). */
  weightLevels: number
  /** BM25 constants the weights were computed with (for information). */
  bm25: { k1: number; b: number; fieldWeights: { headline: number; dek: number; caption: number; body: number } }
}

/**
 * The manifest as a site serves it: with each shard's address, and the postings shards a
 * client fetches before the first keystroke (`prefetchShards`).
 */
export type ServedSearchManifest = SearchManifest & { shardUrls: Record<string, string>; prefetch?: string[] }

/** Raw bytes of the largest shards a client fetches ahead; about 60% of it over gzip. */
export const PREFETCH_BUDGET = 2 * 1024 * 1024

/**
 * The postings shards worth fetching when the reader is about to search: the largest (the
 * busiest first letters, whose first keystroke would otherwise wait longest), largest first,
 * as many as fit in `budget` raw bytes. Typo shards are small and left to need.
 */
export function prefetchShards(shards: ReadonlyMap<string, string>, budget = PREFETCH_BUDGET): string[] {
  const bySize = [...shards].filter(([key]) => !key.startsWith(TYPO_SHARD_PREFIX)).sort(([a, x], [b, y]) => y.length - x.length || (a < b ? -1 : 1))
  const chosen: string[] = []
  let total = 0
  for (const [key, json] of bySize) {
    if (total + json.length > budget) break
    chosen.push(key)
    total += json.length
  }
  return chosen
}

export type PostingsShardJson = { t: string; d: string; w: string }
export type TypoShardJson = { t: string }

/** Separates the terms of a shard, and their runs of doc and weight digits. */
export const SEPARATOR = ' '

/** Printable ASCII minus space (0x20), `"` (0x22) and `\` (0x5c). */
export const ALPHABET: string = (() => {
  let s = ''
  for (let c = 0x21; c <= 0x7e; c++) if (c !== 0x22 && c !== 0x5c) s += String.fromCharCode(c)
  return s
})()
const BASE = ALPHABET.length // 92
/** Digit values below FINAL end a varint; the others are continuation digits. */
const FINAL = 64
const CONT = BASE - FINAL // 28

/** Weight levels fit one character each. */
export const WEIGHT_LEVELS = BASE - 1 // 91; level 0 is never stored

/** char code → digit value (-1 for characters outside the alphabet). */
const DIGIT = (() => {
  const table = new Int8Array(128).fill(-1)
  for (let i = 0; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i
  return table
})()

/** char code → weight level (1 for characters outside the alphabet or for level 0). */
const LEVEL = (() => {
  const table = new Uint8Array(128).fill(1)
  for (let i = 1; i < ALPHABET.length; i++) table[ALPHABET.charCodeAt(i)] = i
  return table
})()

const CODES = Uint8Array.from(ALPHABET, (c) => c.charCodeAt(0))

/** Output buffer for the encoders: char codes, turned into a string in slices. */
let scratch = new Uint8Array(1 << 16)

function ensureScratch(n: number): Uint8Array {
  if (scratch.length < n) scratch = new Uint8Array(Math.max(n, scratch.length * 2))
  return scratch
}

function codesToString(codes: Uint8Array, length: number): string {
  let s = ''
  if (length <= 16) {
    for (let i = 0; i < length; i++) s += String.fromCharCode(codes[i] ?? 0)
    return s
  }
  for (let i = 0; i < length; i += 8192) {
    // apply() with a typed array: much faster than a spread for long runs
    s += String.fromCharCode.apply(null, codes.subarray(i, Math.min(length, i + 8192)) as unknown as number[])
  }
  return s
}

/** Writes the varint encoding of a non-negative integer at `at`; returns the new end. */
function writeVarint(value: number, out: Uint8Array, at: number): number {
  const final = value % FINAL
  let rest = (value - final) / FINAL
  if (rest > 0) {
    let digits = 0
    for (let r = rest; r > 0; r = Math.floor(r / CONT)) digits++
    for (let k = digits - 1; k >= 0; k--) {
      const d = rest % CONT
      out[at + k] = CODES[FINAL + d] ?? 0
      rest = (rest - d) / CONT
    }
    at += digits
  }
  out[at] = CODES[final] ?? 0
  return at + 1
}

/** The varint encoding of a non-negative integer. */
export function encodeVarint(value: number): string {
  const out = new Uint8Array(8)
  return codesToString(out, writeVarint(value, out, 0))
}

/** Encodes ascending doc numbers: the first, then each gap minus one. */
export function encodeDocs(docs: ArrayLike<number>, from = 0, to = docs.length): string {
  const out = ensureScratch((to - from) * 5)
  let at = 0
  let previous = -1
  for (let i = from; i < to; i++) {
    const doc = docs[i] ?? 0
    at = writeVarint(doc - previous - 1, out, at)
    previous = doc
  }
  return codesToString(out, at)
}

/** One character per weight level (1..WEIGHT_LEVELS). */
export function encodeWeights(levels: ArrayLike<number>, from = 0, to = levels.length): string {
  const out = ensureScratch(to - from)
  for (let i = from; i < to; i++) out[i - from] = CODES[Math.min(WEIGHT_LEVELS, Math.max(1, levels[i] ?? 1))] ?? 0
  return codesToString(out, to - from)
}

/**
 * Decodes one term's postings — docs[docsFrom..docsTo) and weights[weightsFrom..weightsTo) —
 * into caller-owned buffers; returns how many postings were written. Never writes more than
 * the buffers hold or the weights run has, skips characters outside the alphabet, and stops
 * at the first doc number ≥ docCount: damaged input gives wrong results, never a throw or an
 * index outside the corpus.
 */
export function decodePostings(
  docs: string,
  docsFrom: number,
  docsTo: number,
  weights: string,
  weightsFrom: number,
  weightsTo: number,
  docCount: number,
  outDocs: Uint32Array,
  outLevels: Uint8Array,
): number {
  const count = Math.min(weightsTo - weightsFrom, outDocs.length, outLevels.length)
  let n = 0
  let acc = 0
  let previous = -1
  for (let i = docsFrom; i < docsTo && n < count; i++) {
    const c = docs.charCodeAt(i)
    const v = c < 128 ? (DIGIT[c] as number) : -1
    if (v < 0) continue
    if (v >= FINAL) {
      acc = acc * CONT + (v - FINAL)
      continue
    }
    previous = previous + 1 + acc * FINAL + v
    acc = 0
    if (previous >= docCount) break
    const w = weights.charCodeAt(weightsFrom + n)
    outDocs[n] = previous
    outLevels[n] = w < 128 ? (LEVEL[w] as number) : 1
    n++
  }
  return n
}

/** Convenience for tests and tools: a whole doc string and weight string, decoded. */
export function decodeRun(docs: string, weights: string, docCount = 2 ** 32): { docs: Uint32Array; levels: Uint8Array } {
  const outDocs = new Uint32Array(weights.length)
  const outLevels = new Uint8Array(weights.length)
  const n = decodePostings(docs, 0, docs.length, weights, 0, weights.length, docCount, outDocs, outLevels)
  return { docs: outDocs.subarray(0, n), levels: outLevels.subarray(0, n) }
}

/** Start offsets of the space-separated runs of `s`, plus s.length + 1 at the end. */
export function runStarts(s: string): Uint32Array {
  let count = 1
  for (let i = s.indexOf(SEPARATOR); i >= 0; i = s.indexOf(SEPARATOR, i + 1)) count++
  const starts = new Uint32Array(count + 1)
  let k = 1
  for (let i = s.indexOf(SEPARATOR); i >= 0; i = s.indexOf(SEPARATOR, i + 1)) starts[k++] = i + 1
  starts[count] = s.length + 1
  return starts
}

/** The first `length` code points of `term` (all of it when shorter). */
export function codePointSlice(term: string, start: number, end: number): string {
  // Fast path for BMP-only strings, the overwhelmingly common case.
  let astral = false
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i)
    if (c >= 0xd800 && c <= 0xdfff) {
      astral = true
      break
    }
  }
  if (!astral) return term.slice(start, end)
  return Array.from(term).slice(start, end).join('')
}

export function codePointLength(term: string): number {
  let n = 0
  for (let i = 0; i < term.length; i++) {
    const c = term.charCodeAt(i)
    if (c < 0xdc00 || c > 0xdfff) n++ // count everything except trailing surrogates
  }
  return n
}

/** The postings shard key of a term. */
export function shardKeyOf(term: string, prefixLength: number): string {
  return codePointSlice(term, 0, prefixLength)
}

/** Typo keys start one character after the postings shard key. */
export function typoKeyStart(prefixLength: number): number {
  return prefixLength + 1
}

/** The typo shard key of a term, or undefined when the term is too short to have one. */
export function typoKeyOf(term: string, prefixLength: number): string | undefined {
  const start = typoKeyStart(prefixLength)
  if (codePointLength(term) < start + 2) return undefined
  return codePointSlice(term, start, start + 2)
}

export const TYPO_SHARD_PREFIX = '~'

/**
 * A file name for a shard key, safe in a URL path on any file system: [a-z0-9] stay as they
 * are, every other character becomes "_" + its code point in hex + "_" (terms never contain
 * "_", so names cannot collide). E.g. "co" → "co.json", "~ng" → "_7e_ng.json".
 */
export function shardFileName(key: string): string {
  let name = ''
  for (const ch of key) {
    name += /^[a-z0-9]$/.test(ch) ? ch : `_${(ch.codePointAt(0) ?? 0).toString(16)}_`
  }
  return `${name}.json`
}
