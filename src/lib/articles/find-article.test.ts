import { describe, expect, it } from 'vitest'
import { lookupShards, refForIdPrefix } from './find-article'

const refs = [
  { id: '1195f8b02fb32f15', slug: 'kim-1195f8b0', url: '/data/articles/1195f8b02fb32f15.a.json' },
  { id: 'c0ffee003229785a', slug: 'chile-c0ffee003', url: '/data/articles/c0ffee003229785a.b.json' },
  { id: 'c0ffee0084f3014e', slug: 'kyiv-c0ffee008', url: '/data/articles/c0ffee0084f3014e.c.json' },
]
const shards = lookupShards(refs)

describe('lookupShards', () => {
  it('groups ids by their first two hex digits', () => {
    expect([...shards.keys()].sort()).toEqual(['11', 'c0'])
    expect(Object.keys(shards.get('c0') ?? {})).toHaveLength(2)
  })
})

describe('refForIdPrefix', () => {
  it('finds the one article an id prefix names', () => {
    expect(refForIdPrefix(shards.get('11') ?? {}, '1195f8b0')).toEqual(refs[0])
    expect(refForIdPrefix(shards.get('c0') ?? {}, 'c0ffee003')).toEqual(refs[1])
    expect(refForIdPrefix(shards.get('11') ?? {}, '1195f8b02fb32f15')).toEqual(refs[0])
  })

  it('finds nothing for an unknown or ambiguous prefix', () => {
    expect(refForIdPrefix(shards.get('11') ?? {}, '11deadbe')).toBeNull()
    expect(refForIdPrefix(shards.get('c0') ?? {}, 'c0ffee00')).toBeNull()
  })
})
