import { describe, expect, it } from 'vitest'
import { chunkUrlOf } from './list-chunks'

describe('chunkUrlOf', () => {
  const list = { count: 230, chunkSize: 100, chunkBase: '/data/list/0123456789ab' }

  it('names the chunk holding an article, the first and last of a chunk alike', () => {
    expect(chunkUrlOf(list, 0)).toBe('/data/list/0123456789ab/0.json')
    expect(chunkUrlOf(list, 99)).toBe('/data/list/0123456789ab/0.json')
    expect(chunkUrlOf(list, 100)).toBe('/data/list/0123456789ab/1.json')
    expect(chunkUrlOf(list, 229)).toBe('/data/list/0123456789ab/2.json')
  })

  it('names none for an article the list does not have', () => {
    expect(chunkUrlOf(list, 230)).toBeUndefined()
    expect(chunkUrlOf(list, -1)).toBeUndefined()
    expect(chunkUrlOf(list, 1.5)).toBeUndefined()
    expect(chunkUrlOf({ ...list, count: 0 }, 0)).toBeUndefined()
  })
})
