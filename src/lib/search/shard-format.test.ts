import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import {
  prefetchShards,
  ALPHABET,
  decodePostings,
  decodeRun,
  encodeDocs,
  encodeVarint,
  encodeWeights,
  runStarts,
  SEPARATOR,
  shardFileName,
  shardKeyOf,
  typoKeyOf,
  WEIGHT_LEVELS,
} from './shard-format.ts'

const ascending = fc
  .array(fc.integer({ min: 0, max: 5_000_000 }), { maxLength: 300 })
  .map((xs) => [...new Set(xs)].sort((a, b) => a - b))

describe('shard format', () => {
  it('uses 92 characters that JSON never escapes, and not the separator', () => {
    expect(ALPHABET).toHaveLength(92)
    expect(JSON.stringify(ALPHABET)).toBe(`"${ALPHABET}"`)
    expect(ALPHABET).not.toContain(SEPARATOR)
    expect(WEIGHT_LEVELS).toBe(91)
  })

  it('varints are short for small numbers', () => {
    expect(encodeVarint(0)).toHaveLength(1)
    expect(encodeVarint(63)).toHaveLength(1)
    expect(encodeVarint(64)).toHaveLength(2)
    expect(encodeVarint(64 * 28 - 1)).toHaveLength(2)
    expect(encodeVarint(100_000)).toHaveLength(4)
  })

  it('doc numbers round-trip', () => {
    fc.assert(
      fc.property(ascending, (docs) => {
        const encoded = encodeDocs(docs)
        expect(Array.from(decodeRun(encoded, encodeWeights(docs.map(() => 1))).docs)).toEqual(docs)
      }),
    )
    // consecutive docs take one character each
    expect(encodeDocs([5, 6, 7, 8])).toHaveLength(4)
  })

  it('weight levels round-trip, one character each', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 1, max: WEIGHT_LEVELS }), { maxLength: 300 }), (levels) => {
        const encoded = encodeWeights(levels)
        expect(encoded).toHaveLength(levels.length)
        const docs = encodeDocs(levels.map((_, i) => i))
        expect(Array.from(decodeRun(docs, encoded).levels)).toEqual(levels)
      }),
    )
  })

  it('decodes one run of a shard in place', () => {
    const d = [encodeDocs([1, 5]), encodeDocs([0, 2, 3])].join(SEPARATOR)
    const w = [encodeWeights([7, 8]), encodeWeights([1, 2, 91])].join(SEPARATOR)
    const docs = new Uint32Array(10)
    const levels = new Uint8Array(10)
    const from = d.indexOf(SEPARATOR) + 1
    const wFrom = w.indexOf(SEPARATOR) + 1
    expect(decodePostings(d, from, d.length, w, wFrom, w.length, 100, docs, levels)).toBe(3)
    expect(Array.from(docs.subarray(0, 3))).toEqual([0, 2, 3])
    expect(Array.from(levels.subarray(0, 3))).toEqual([1, 2, 91])
    expect(Array.from(runStarts(d))).toEqual([0, from, d.length + 1])
  })

  it('decoding damaged input does not throw, overflow its buffers or leave the corpus', () => {
    fc.assert(
      fc.property(fc.string(), fc.string(), fc.nat(50), fc.nat(20), (d, w, docCount, size) => {
        const docs = new Uint32Array(size)
        const levels = new Uint8Array(size)
        const n = decodePostings(d, 0, d.length, w, 0, w.length, docCount, docs, levels)
        expect(n).toBeLessThanOrEqual(Math.min(size, w.length))
        for (let i = 0; i < n; i++) {
          expect(docs[i]).toBeLessThan(docCount)
          expect(levels[i]).toBeGreaterThanOrEqual(1)
        }
      }),
    )
  })

  it('shard keys are the first characters, counted in code points', () => {
    expect(shardKeyOf('pyongyang', 2)).toBe('py')
    expect(shardKeyOf('x', 2)).toBe('x')
    expect(shardKeyOf('😃😃😃', 2)).toBe('😃😃')
    expect(typoKeyOf('pyongyang', 2)).toBe('ng')
    expect(typoKeyOf('kurs', 2)).toBeUndefined()
    expect(typoKeyOf('kursk', 2)).toBe('sk')
  })

  it('shard file names are safe and distinct', () => {
    expect(shardFileName('co')).toBe('co.json')
    expect(shardFileName('~ng')).toBe('_7e_ng.json')
    expect(shardFileName('σa')).toBe('_3c3_a.json')
    fc.assert(
      fc.property(fc.string({ maxLength: 4 }), fc.string({ maxLength: 4 }), (a, b) => {
        expect(shardFileName(a)).toMatch(/^[a-z0-9_]*\.json$/)
        if (a !== b) expect(shardFileName(a)).not.toBe(shardFileName(b))
      }),
    )
  })
})

describe('prefetchShards', () => {
  it('chooses the largest postings shards, largest first, as many as fit in the budget, never typo shards', () => {
    const shards = new Map([
      ['ab', 'x'.repeat(300)],
      ['cd', 'x'.repeat(500)],
      ['~ef', 'x'.repeat(900)],
      ['gh', 'x'.repeat(400)],
      ['ij', 'x'.repeat(10)],
    ])
    expect(prefetchShards(shards, 1000)).toEqual(['cd', 'gh'])
    expect(prefetchShards(shards, 10_000)).toEqual(['cd', 'gh', 'ab', 'ij'])
    expect(prefetchShards(shards, 100)).toEqual([])
  })
})
