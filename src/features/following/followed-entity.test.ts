import * as v from 'valibot'
import { describe, expect, it } from 'vitest'
import { followedEntitySchema, followKey, newFollow, newSinceSeen } from './followed-entity'

const russia = newFollow({ kind: 'place', slug: 'russia', name: 'Russia' }, 3, new Date('2026-11-30T12:00:00Z'))

describe('a followed entity', () => {
  it('is stored under its page, with what it had counted as seen', () => {
    expect(followKey(russia)).toBe('places/russia')
    expect(russia).toEqual({ schemaVersion: 1, kind: 'place', slug: 'russia', name: 'Russia', followedAt: '2026-11-30T12:00:00.000Z', seenCount: 3 })
    expect(v.is(followedEntitySchema, russia)).toBe(true)
  })

  it('counts the articles new since the reader last looked, never fewer than none', () => {
    expect(newSinceSeen(russia, 3)).toBe(0)
    expect(newSinceSeen(russia, 4)).toBe(1)
    // Articles taken out of a new edition are not "new".
    expect(newSinceSeen(russia, 1)).toBe(0)
  })

  it('refuses what another version or tool may have stored', () => {
    expect(v.is(followedEntitySchema, { ...russia, kind: 'sport' })).toBe(false)
    expect(v.is(followedEntitySchema, { ...russia, seenCount: -1 })).toBe(false)
    expect(v.is(followedEntitySchema, { ...russia, schemaVersion: 2 })).toBe(false)
    expect(v.is(followedEntitySchema, { ...russia, slug: '' })).toBe(false)
  })
})
