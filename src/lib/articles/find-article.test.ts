import { describe, expect, it } from 'vitest'
import type { ArticleSummary } from './article'
import { findArticleBySlug, neighbours } from './find-article'

const summary = (id: string, slug: string): ArticleSummary => ({
  id,
  slug,
  date: '2025-01-01',
  headline: slug,
  dek: '',
  readingMinutes: 1,
  textHash: '0000000000000000',
  bodyUrl: `/data/${id}.json`,
})
const articles = [
  summary('1195f8b02fb32f15', 'kim-1195f8b0'),
  summary('c0ffee003229785a', 'chile-c0ffee003'),
  summary('c0ffee0084f3014e', 'kyiv-c0ffee008'),
]

describe('findArticleBySlug', () => {
  it('finds an article by the id part alone', () => {
    expect(findArticleBySlug(articles, 'kim-1195f8b0')?.id).toBe('1195f8b02fb32f15')
    expect(findArticleBySlug(articles, 'an-outdated-headline-1195f8b0')?.id).toBe('1195f8b02fb32f15')
    expect(findArticleBySlug(articles, '1195f8b02fb32f15')?.id).toBe('1195f8b02fb32f15')
  })

  it('finds nothing for an unknown, missing or ambiguous id', () => {
    expect(findArticleBySlug(articles, 'kim-deadbeef')).toBeUndefined()
    expect(findArticleBySlug(articles, 'kim')).toBeUndefined()
    expect(findArticleBySlug(articles, undefined)).toBeUndefined()
    expect(findArticleBySlug(articles, 'chile-c0ffee00')).toBeUndefined()
    expect(findArticleBySlug(articles, 'chile-c0ffee003')?.id).toBe('c0ffee003229785a')
  })
})

describe('neighbours', () => {
  it('gives the newer article as previous and the older as next', () => {
    expect(neighbours(articles, 'c0ffee003229785a')).toEqual({ previous: articles[0], next: articles[2] })
    expect(neighbours(articles, '1195f8b02fb32f15')).toEqual({ previous: undefined, next: articles[1] })
    expect(neighbours(articles, 'c0ffee0084f3014e')).toEqual({ previous: articles[1], next: undefined })
  })
})
