/**
 * Builds the static, sharded search index at build time (pure TS: no Node or DOM APIs).
 *
 * Scoring is BM25F: per (term, doc), the field term frequencies are length-normalised per
 * field and combined with field weights (headline 3, dek 2, caption 1.5, body 1) into one
 * pseudo-frequency tf~, saturated as tf~·(k1+1)/(tf~+k1), and quantised to a small integer
 * level. The idf factor depends only on the term's document frequency and N, which the
 * client knows (N from the manifest, df from the shard), so it is applied at query time.
 *
 * Memory: postings are collected in flat typed arrays (term id + packed field frequencies,
 * 8 bytes per (term, doc)), then counting-sorted by term into doc numbers and weight levels
 * (5 bytes per posting). The documents themselves are not kept.
 */
import {
  encodeDocs,
  encodeWeights,
  FORMAT_VERSION,
  SEPARATOR,
  shardKeyOf,
  TYPO_SHARD_PREFIX,
  typoKeyOf,
  WEIGHT_LEVELS,
  type PostingsShardJson,
  type SearchManifest,
  type TypoShardJson,
} from '../lib/search/shard-format.ts'
import { foldWord, forEachWord, STOPWORDS, termHash, WORD_SIMPLE } from '../lib/search/tokenize.ts'

export type SearchDocFields = { headline: string; dek: string; caption?: string; body: string }

export type BuiltSearchIndex = {
  manifest: SearchManifest
  /** Shard key → file contents (JSON text). Typo shard keys start with "~". */
  shards: Map<string, string>
}

export type BuildSearchIndexOptions = {
  /** Postings shards hold the terms sharing their first this-many characters. Default 2. */
  shardPrefixLength?: number
  /** Emit the typo shards that forgive a typo in a word's first characters. Default true. */
  typoShards?: boolean
}

export const FIELD_WEIGHTS = { headline: 3, dek: 2, caption: 1.5, body: 1 } as const
export const BM25_K1 = 1.2
export const BM25_B = 0.75

const FIELDS = ['headline', 'dek', 'caption', 'body'] as const
/** Bit offset of each field's frequency (8 bits each, saturating at 255) in a packed word. */
const SHIFT = [24, 16, 8, 0] as const

/**
 * Term → id, keyed by the hash forEachWord computes while scanning, so that a word already
 * seen costs no string allocation (open addressing, linear probing; the terms' characters
 * are also kept in one flat array, which compares faster than the strings).
 */
class TermTable {
  readonly terms: string[] = []
  private slots = new Int32Array(1 << 10).fill(-1)
  private hashes = new Int32Array(1 << 10)
  private chars = new Uint16Array(1 << 12)
  private charsUsed = 0
  private starts = new Uint32Array(1 << 9)

  private static mix(hash: number): number {
    const h = Math.imul(hash ^ (hash >>> 16), 0x45d9f3b)
    return h ^ (h >>> 16)
  }

  /** The id of the lower case of text[start..end), a simple (ASCII alphanumeric) word. */
  idOfRange(text: string, start: number, end: number, hash: number): number {
    const slots = this.slots
    const hashes = this.hashes
    const chars = this.chars
    const starts = this.starts
    const mask = slots.length - 1
    const length = end - start
    for (let slot = TermTable.mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const id = slots[slot] ?? -1
      if (id < 0) return this.insert(slot, hash, text.slice(start, end).toLowerCase())
      if (hashes[slot] !== hash) continue
      const from = starts[id] ?? 0
      if ((starts[id + 1] ?? 0) - from !== length) continue
      let k = 0
      for (; k < length; k++) {
        let c = text.charCodeAt(start + k)
        if (c >= 0x41 && c <= 0x5a) c |= 0x20
        if (chars[from + k] !== c) break
      }
      if (k === length) return id
    }
  }

  idOf(term: string): number {
    const hash = termHash(term)
    const mask = this.slots.length - 1
    for (let slot = TermTable.mix(hash) & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot] ?? -1
      if (id < 0) return this.insert(slot, hash, term)
      if (this.hashes[slot] === hash && this.terms[id] === term) return id
    }
  }

  private insert(slot: number, hash: number, term: string): number {
    const id = this.terms.length
    this.terms.push(term)
    this.slots[slot] = id
    this.hashes[slot] = hash
    if (this.charsUsed + term.length > this.chars.length) {
      const chars = new Uint16Array(Math.max(this.chars.length * 2, this.charsUsed + term.length))
      chars.set(this.chars)
      this.chars = chars
    }
    for (let k = 0; k < term.length; k++) this.chars[this.charsUsed++] = term.charCodeAt(k)
    if (id + 2 > this.starts.length) {
      const starts = new Uint32Array(this.starts.length * 2)
      starts.set(this.starts)
      this.starts = starts
    }
    this.starts[id + 1] = this.charsUsed
    if (this.terms.length * 2 > this.slots.length) this.grow()
    return id
  }

  private grow(): void {
    const size = this.slots.length * 2
    const slots = new Int32Array(size).fill(-1)
    const hashes = new Int32Array(size)
    const mask = size - 1
    for (let s = 0; s < this.slots.length; s++) {
      const id = this.slots[s] ?? -1
      if (id < 0) continue
      const hash = this.hashes[s] ?? 0
      let slot = TermTable.mix(hash) & mask
      while ((slots[slot] ?? -1) >= 0) slot = (slot + 1) & mask
      slots[slot] = id
      hashes[slot] = hash
    }
    this.slots = slots
    this.hashes = hashes
  }
}

/**
 * Append-only Uint32 storage in chunks of 2^20: growing never copies more than one chunk
 * (the last chunk starts small and doubles, so small builds stay small).
 */
class Chunked {
  static readonly BITS = 20
  static readonly SIZE = 1 << Chunked.BITS
  readonly chunks: (Uint32Array | undefined)[] = []
  length = 0
  private current = new Uint32Array(0)
  private used = 0

  push(value: number): void {
    if (this.used === this.current.length) {
      if (this.current.length < Chunked.SIZE && this.chunks.length > 0) {
        const grown = new Uint32Array(Math.min(Chunked.SIZE, this.current.length * 2))
        grown.set(this.current)
        this.current = grown
        this.chunks[this.chunks.length - 1] = grown
      } else {
        this.current = new Uint32Array(this.chunks.length === 0 ? 256 : Chunked.SIZE)
        this.chunks.push(this.current)
        this.used = 0
      }
    }
    this.current[this.used++] = value
    this.length++
  }

  get(i: number): number {
    return this.chunks[i >>> Chunked.BITS]?.[i & (Chunked.SIZE - 1)] ?? 0
  }

  /** Frees the chunks wholly before index i (for a single forward pass). */
  releaseBefore(i: number): void {
    for (let c = (i >>> Chunked.BITS) - 1; c >= 0 && this.chunks[c]; c--) this.chunks[c] = undefined
  }
}

/** Postings grouped by term, terms sorted; the intermediate result of a build. */
export type CollectedPostings = {
  docCount: number
  /** Sorted terms. */
  terms: string[]
  /** Postings of terms[i] are at [offsets[i], offsets[i+1]). */
  offsets: Uint32Array
  docs: Uint32Array
  levels: Uint8Array
}

/** Tokenises every document and computes quantised BM25F weights, grouped by term. */
export function collectPostings(docs: Iterable<SearchDocFields>): CollectedPostings {
  const table = new TermTable()
  for (const stopword of STOPWORDS) table.idOf(stopword)
  const stopwords = table.terms.length // ids below this are stopwords
  // Per term id: the last doc it occurred in, and where in that doc's buffers.
  let lastDoc = new Int32Array(1 << 10).fill(-1)
  let slot = new Uint32Array(1 << 10)
  // The current doc's distinct terms and their field frequencies (8 bits per field).
  let docTerms = new Uint32Array(1024)
  let docTfs = new Uint32Array(1024)
  let docUnique = 0
  // All postings, in doc order: term id and packed field frequencies.
  const postTerm = new Chunked()
  const postTf = new Chunked()
  const docStart = new Chunked()
  const fieldLengths = FIELDS.map(() => new Chunked())
  const lengthTotals = [0, 0, 0, 0]

  let doc = 0
  let shift = 0
  let fieldLength = 0
  let text = ''
  const onId = (id: number) => {
    if (id < stopwords) return
    if (id >= lastDoc.length) {
      const size = Math.max(id + 1, lastDoc.length * 2)
      const grownLast = new Int32Array(size).fill(-1)
      grownLast.set(lastDoc)
      lastDoc = grownLast
      const grownSlot = new Uint32Array(size)
      grownSlot.set(slot)
      slot = grownSlot
    }
    fieldLength++
    if (lastDoc[id] !== doc) {
      lastDoc[id] = doc
      if (docUnique === docTerms.length) {
        const grownTerms = new Uint32Array(docUnique * 2)
        grownTerms.set(docTerms)
        docTerms = grownTerms
        const grownTfs = new Uint32Array(docUnique * 2)
        grownTfs.set(docTfs)
        docTfs = grownTfs
      }
      slot[id] = docUnique
      docTerms[docUnique] = id
      docTfs[docUnique++] = 1 << shift
      return
    }
    const p = slot[id] ?? 0
    const packed = docTfs[p] ?? 0
    if (((packed >>> shift) & 0xff) !== 0xff) docTfs[p] = packed + (1 << shift)
  }
  // Words that need folding (diacritics, apostrophes, capitals beyond ASCII …) repeat a lot:
  // remember their term ids rather than fold them again.
  const folded = new Map<string, number[]>()
  const onWord = (start: number, end: number, flags: number, hash: number) => {
    if (flags & WORD_SIMPLE) {
      onId(table.idOfRange(text, start, end, hash))
      return
    }
    const word = text.slice(start, end)
    let ids = folded.get(word)
    if (!ids) {
      ids = foldWord(word).map((term) => table.idOf(term))
      if (folded.size >= 1 << 16) folded.clear()
      folded.set(word, ids)
    }
    for (const id of ids) onId(id)
  }

  for (const d of docs) {
    docStart.push(postTerm.length)
    docUnique = 0
    for (let field = 0; field < FIELDS.length; field++) {
      fieldLength = 0
      shift = SHIFT[field as 0 | 1 | 2 | 3]
      const value: unknown = d[FIELDS[field] as (typeof FIELDS)[number]]
      text = typeof value === 'string' ? value : ''
      if (text !== '') forEachWord(text, onWord)
      fieldLengths[field]?.push(fieldLength)
      lengthTotals[field] = (lengthTotals[field] ?? 0) + fieldLength
    }
    for (let k = 0; k < docUnique; k++) {
      postTerm.push(docTerms[k] ?? 0)
      postTf.push(docTfs[k] ?? 0)
    }
    doc++
  }
  text = ''
  const docCount = doc
  const postings = postTerm.length
  docStart.push(postings)

  // Terms sorted; offsets by counting sort over term ids.
  const termList = table.terms
  const order: number[] = []
  for (let id = stopwords; id < termList.length; id++) order.push(id)
  order.sort((a, b) => {
    const ta = termList[a] ?? ''
    const tb = termList[b] ?? ''
    return ta < tb ? -1 : ta > tb ? 1 : 0
  })
  const rank = new Uint32Array(termList.length)
  order.forEach((id, r) => (rank[id] = r))
  const offsets = new Uint32Array(order.length + 1)
  for (let p = 0; p < postings; p++) {
    const r = rank[postTerm.get(p)] ?? 0
    offsets[r + 1] = (offsets[r + 1] ?? 0) + 1
  }
  for (let r = 0; r < order.length; r++) offsets[r + 1] = (offsets[r + 1] ?? 0) + (offsets[r] ?? 0)
  const cursor = offsets.slice(0, order.length)

  // BM25F weights, written to each term's place; the collected postings are freed as we go.
  const outDocs = new Uint32Array(postings)
  const outLevels = new Uint8Array(postings)
  const averages = lengthTotals.map((total) => (docCount > 0 ? total / docCount : 0))
  const factor = FIELDS.map(() => 0)
  for (let d = 0; d < docCount; d++) {
    for (let f = 0; f < 4; f++) {
      const field = FIELDS[f] ?? 'body'
      const avg = averages[f] ?? 0
      const norm = avg > 0 ? 1 - BM25_B + (BM25_B * (fieldLengths[f]?.get(d) ?? 0)) / avg : 1
      factor[f] = FIELD_WEIGHTS[field] / norm
    }
    const [f0 = 0, f1 = 0, f2 = 0, f3 = 0] = factor
    const end = docStart.get(d + 1)
    for (let p = docStart.get(d); p < end; p++) {
      const tf = postTf.get(p)
      const pseudo = f0 * (tf >>> 24) + f1 * ((tf >>> 16) & 0xff) + f2 * ((tf >>> 8) & 0xff) + f3 * (tf & 0xff)
      const saturated = pseudo / (pseudo + BM25_K1) // (tf~·(k1+1)/(tf~+k1)) / (k1+1), in [0, 1)
      const level = Math.min(WEIGHT_LEVELS, Math.max(1, Math.round(saturated * WEIGHT_LEVELS)))
      const r = rank[postTerm.get(p)] ?? 0
      const at = cursor[r] ?? 0
      cursor[r] = at + 1
      outDocs[at] = d
      outLevels[at] = level
    }
    postTerm.releaseBefore(end)
    postTf.releaseBefore(end)
  }

  return { docCount, terms: order.map((id) => termList[id] ?? ''), offsets, docs: outDocs, levels: outLevels }
}

/** Builds the manifest and shard files for `docs` (doc number = position, newest first). */
export function buildSearchIndex(docs: Iterable<SearchDocFields>, options: BuildSearchIndexOptions = {}): BuiltSearchIndex {
  const prefixLength = Math.max(1, Math.floor(options.shardPrefixLength ?? 2))
  const collected = collectPostings(docs)
  return encodeSearchIndex(collected, prefixLength, options.typoShards ?? true)
}

/** Writes collected postings as shard files. */
export function encodeSearchIndex(collected: CollectedPostings, prefixLength: number, withTypoShards: boolean): BuiltSearchIndex {
  const { terms, offsets, docs, levels } = collected
  const shards = new Map<string, string>()

  // Terms are sorted and a shard key is a prefix of its terms, so each shard is a run.
  let i = 0
  while (i < terms.length) {
    const key = shardKeyOf(terms[i] ?? '', prefixLength)
    const t: string[] = []
    const d: string[] = []
    const w: string[] = []
    for (; i < terms.length && shardKeyOf(terms[i] ?? '', prefixLength) === key; i++) {
      const from = offsets[i] ?? 0
      const to = offsets[i + 1] ?? 0
      t.push(terms[i] ?? '')
      d.push(encodeDocs(docs, from, to))
      w.push(encodeWeights(levels, from, to))
    }
    const shard: PostingsShardJson = { t: t.join(SEPARATOR), d: d.join(SEPARATOR), w: w.join(SEPARATOR) }
    shards.set(key, JSON.stringify(shard))
  }
  const postingKeys = [...shards.keys()].sort()

  const typoKeys: string[] = []
  if (withTypoShards) {
    const byKey = new Map<string, string[]>()
    for (const term of terms) {
      const key = typoKeyOf(term, prefixLength)
      if (key === undefined) continue
      let list = byKey.get(key)
      if (!list) byKey.set(key, (list = []))
      list.push(term) // terms are sorted, so each list is too
    }
    for (const [key, list] of byKey) {
      const shard: TypoShardJson = { t: list.join(SEPARATOR) }
      shards.set(TYPO_SHARD_PREFIX + key, JSON.stringify(shard))
      typoKeys.push(key)
    }
    typoKeys.sort()
  }

  const manifest: SearchManifest = {
    version: FORMAT_VERSION,
    docCount: collected.docCount,
    shardPrefixLength: prefixLength,
    shards: postingKeys,
    typoShards: typoKeys,
    weightLevels: WEIGHT_LEVELS,
    bm25: { k1: BM25_K1, b: BM25_B, fieldWeights: { ...FIELD_WEIGHTS } },
  }
  return { manifest, shards }
}
