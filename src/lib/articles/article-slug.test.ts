import { describe, expect, it } from 'vitest'
import { articleSlug, idPrefixFromSlug, uniqueIdPrefixes } from './article-slug'

describe('articleSlug', () => {
  it('joins up to eight headline words and the id prefix', () => {
    expect(articleSlug('Kim Jong Un held the first public commemoration for North Korean troops', '1195f8b0')).toBe(
      'kim-jong-un-held-the-first-public-commemoration-1195f8b0',
    )
  })

  it('drops apostrophes and accents and keeps letters of any script', () => {
    expect(articleSlug('Japan’s São Paulo office — “Über” 서울', 'abcdef12')).toBe('japans-sao-paulo-office-uber-서울-abcdef12')
  })

  it('is just the id when the headline has no words', () => {
    expect(articleSlug('— … —', 'abcdef12')).toBe('abcdef12')
  })
})

describe('idPrefixFromSlug', () => {
  it.each([
    ['kim-jong-un-1195f8b0', '1195f8b0'],
    ['1195f8b0', '1195f8b0'],
    ['anything-1195F8B02FB32F15', '1195f8b02fb32f15'],
    ['kim-jong-un', null],
    ['kim-1195f8b', null],
    ['kim-1195f8b02fb32f15ab', null],
    ['', null],
  ])('%s → %s', (slug, prefix) => {
    expect(idPrefixFromSlug(slug)).toBe(prefix)
  })
})

describe('uniqueIdPrefixes', () => {
  it('uses eight digits unless another id shares them', () => {
    const prefixes = uniqueIdPrefixes(['1195f8b02fb32f15', 'c0ffee003229785a', 'c0ffee0084f3014e', 'aaaaaaaa00000000'])
    expect(Object.fromEntries(prefixes)).toEqual({
      '1195f8b02fb32f15': '1195f8b0',
      c0ffee003229785a: 'c0ffee003',
      c0ffee0084f3014e: 'c0ffee008',
      aaaaaaaa00000000: 'aaaaaaaa',
    })
  })
})
