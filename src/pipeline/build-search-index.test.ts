import { describe, expect, it } from 'vitest'
import { buildSearchIndex, collectPostings, type SearchDocFields } from './build-search-index.ts'
import { decodeRun, SEPARATOR, TYPO_SHARD_PREFIX, type PostingsShardJson, type TypoShardJson } from '../lib/search/shard-format.ts'

const docs: SearchDocFields[] = [
  { headline: 'Kim Jong Un attends Pyongyang gala', dek: 'A glitzy evening', body: 'The leader watched a performance in the capital.' },
  { headline: 'Climate summit opens', dek: 'Delegates gather in São Paulo', caption: 'Delegates at the summit', body: 'Officials from Pyongyang were absent.' },
  { headline: 'Kursk offensive', dek: 'Troops advance', body: 'The summit was postponed. Summit organisers said the summit would resume.' },
]

/** A postings shard, its runs split per term. */
function postingsShard(built: ReturnType<typeof buildSearchIndex>, key: string) {
  const text = built.shards.get(key)
  if (text === undefined) throw new Error(`no shard ${key}`)
  const { t, d, w } = JSON.parse(text) as PostingsShardJson
  return { t: t.split(SEPARATOR), d: d.split(SEPARATOR), w: w.split(SEPARATOR) }
}

const typoTerms = (built: ReturnType<typeof buildSearchIndex>, key: string) =>
  (JSON.parse(built.shards.get(TYPO_SHARD_PREFIX + key) ?? '{"t":""}') as TypoShardJson).t.split(SEPARATOR)

function postingsOf(built: ReturnType<typeof buildSearchIndex>, term: string) {
  const key = term.slice(0, built.manifest.shardPrefixLength)
  if (!built.shards.has(key)) return undefined
  const shard = postingsShard(built, key)
  const i = shard.t.indexOf(term)
  if (i < 0) return undefined
  const { docs, levels } = decodeRun(shard.d[i] ?? '', shard.w[i] ?? '')
  return { docs: Array.from(docs), levels: Array.from(levels) }
}

describe('buildSearchIndex', () => {
  const built = buildSearchIndex(docs)

  it('writes a manifest listing every postings and typo shard', () => {
    const { manifest, shards } = built
    expect(manifest.docCount).toBe(3)
    expect(manifest.shardPrefixLength).toBe(2)
    expect(manifest.shards).toEqual([...manifest.shards].sort())
    const listed = [...manifest.shards, ...manifest.typoShards.map((k) => TYPO_SHARD_PREFIX + k)].sort()
    expect([...shards.keys()].sort()).toEqual(listed)
    expect(manifest.shards).toContain('py')
    expect(manifest.typoShards).toContain('ng') // pyongyang
  })

  it('groups terms by their first two letters, sorted, with their postings', () => {
    for (const key of built.manifest.shards) {
      const shard = postingsShard(built, key)
      expect(shard.t).toEqual([...shard.t].sort())
      expect(shard.d).toHaveLength(shard.t.length)
      expect(shard.w).toHaveLength(shard.t.length)
      for (const t of shard.t) expect(t.slice(0, 2)).toBe(key)
    }
    expect(postingsOf(built, 'pyongyang')?.docs).toEqual([0, 1])
    expect(postingsOf(built, 'summit')?.docs).toEqual([1, 2])
    expect(postingsOf(built, 'sao')?.docs).toEqual([1])
  })

  it('leaves stopwords out', () => {
    expect(built.shards.has('th')).toBe(false)
    expect(postingsOf(built, 'in')).toBeUndefined()
    expect(postingsOf(built, 'from')).toBeUndefined()
    expect(postingsOf(built, 'were')).toBeUndefined()
  })

  it('weights a headline occurrence above a body occurrence, and more occurrences higher', () => {
    const pyongyang = postingsOf(built, 'pyongyang')
    const [headline = 0, body = 0] = pyongyang?.levels ?? []
    expect(headline).toBeGreaterThan(body)
    const summit = postingsOf(built, 'summit')
    const [once = 0, often = 0] = summit?.levels ?? []
    expect(often).toBeGreaterThan(0)
    expect(once).toBeGreaterThan(0)
    for (const level of [...(pyongyang?.levels ?? []), ...(summit?.levels ?? [])]) {
      expect(level).toBeGreaterThanOrEqual(1)
      expect(level).toBeLessThanOrEqual(built.manifest.weightLevels)
    }
  })

  it('typo shards list the terms of 5+ letters by their 4th and 5th letters', () => {
    expect(typoTerms(built, 'ng')).toEqual(['pyongyang'])
    for (const key of built.manifest.typoShards) for (const term of typoTerms(built, key)) expect(term.slice(3, 5)).toBe(key)
  })

  it('honours shardPrefixLength and can leave out typo shards', () => {
    const one = buildSearchIndex(docs, { shardPrefixLength: 1, typoShards: false })
    expect(one.manifest.shards).toContain('p')
    expect(one.manifest.typoShards).toEqual([])
    expect([...one.shards.keys()].every((k) => k.length === 1)).toBe(true)
  })

  it('handles an empty corpus and empty fields', () => {
    const empty = buildSearchIndex([])
    expect(empty.manifest.docCount).toBe(0)
    expect(empty.manifest.shards).toEqual([])
    const blank = buildSearchIndex([{ headline: '', dek: '', body: '' }, { headline: 'Hello', dek: '', body: '' }])
    expect(blank.manifest.docCount).toBe(2)
    expect(postingsOf(blank, 'hello')?.docs).toEqual([1])
  })

  it('reads the iterable once, so a generator will do', () => {
    function* generate() {
      for (let i = 0; i < 50; i++) yield { headline: `Item ${i}`, dek: 'dek', body: i % 2 === 0 ? 'even' : 'odd' }
    }
    const fromGenerator = collectPostings(generate())
    expect(fromGenerator.docCount).toBe(50)
    const even = fromGenerator.terms.indexOf('even')
    expect((fromGenerator.offsets[even + 1] ?? 0) - (fromGenerator.offsets[even] ?? 0)).toBe(25)
  })
})
