import { describe, expect, it } from 'vitest'
import { chunkUrlOf, listChunkSize, WHOLE_LIST_PREFETCH } from './list-chunks'

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

describe('listChunkSize', () => {
  it('gives a list the find worker loads whole few large chunks, and a longer one small chunks', () => {
    expect(listChunkSize(0)).toBe(100)
    expect(listChunkSize(WHOLE_LIST_PREFETCH)).toBe(100)
    expect(listChunkSize(WHOLE_LIST_PREFETCH + 1)).toBe(20)
    expect(listChunkSize(100_000)).toBe(20)
  })
})
