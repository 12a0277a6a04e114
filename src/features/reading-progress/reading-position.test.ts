import { describe, expect, it } from 'vitest'
import { locatePosition, percentBefore, positionAt } from './reading-position'

const paragraphs = ['The first paragraph sets the scene.', 'The second one says what happened in Seoul on Tuesday.', 'A third closes it.']

describe('positionAt', () => {
  it('moves back to the start of the word it falls in, and quotes the words from there', () => {
    expect(positionAt(paragraphs, 1, 27)).toEqual({ paragraph: 1, offset: 25, quote: 'happened in Seoul on Tuesday.' })
  })

  it('keeps the paragraph and offset within the article', () => {
    expect(positionAt(paragraphs, 9, 500)).toEqual({ paragraph: 2, offset: 15, quote: 'it.' })
    expect(positionAt(paragraphs, -3, -1)).toMatchObject({ paragraph: 0, offset: 0 })
    expect(positionAt([], 0, 4)).toEqual({ paragraph: 0, offset: 0, quote: '' })
  })
})

describe('locatePosition', () => {
  const stopped = positionAt(paragraphs, 1, 20)

  it('finds the same place in the same text', () => {
    expect(locatePosition(paragraphs, stopped)).toEqual({ paragraph: 1, offset: 20 })
  })

  it('follows its words when a paragraph is added before it', () => {
    expect(locatePosition(['A new lede.', ...paragraphs], stopped)).toEqual({ paragraph: 2, offset: 20 })
  })

  it('follows its words when the paragraph is rewritten around them', () => {
    expect(locatePosition([paragraphs[0] ?? '', 'Officials said what happened in Seoul on Tuesday.'], stopped)).toEqual({ paragraph: 1, offset: 15 })
  })

  it('prefers the nearest paragraph when the words appear more than once', () => {
    const repeated = ['same words here', 'other', 'other', 'same words here']
    expect(locatePosition(repeated, { paragraph: 3, offset: 0, quote: 'same words here' })).toEqual({ paragraph: 3, offset: 0 })
    expect(locatePosition(repeated, { paragraph: 1, offset: 0, quote: 'same words here' })).toEqual({ paragraph: 0, offset: 0 })
  })

  it('falls back to the same paragraph, within the article, when the words are gone', () => {
    expect(locatePosition(['Short.', 'Also short.'], stopped)).toEqual({ paragraph: 1, offset: 11 })
    expect(locatePosition(['Only one.'], { paragraph: 7, offset: 3, quote: 'gone' })).toEqual({ paragraph: 0, offset: 3 })
    expect(locatePosition([], stopped)).toEqual({ paragraph: 0, offset: 0 })
  })
})

describe('percentBefore', () => {
  it('counts the characters before the place', () => {
    // 35 + 54 + 18 = 107 characters.
    expect(percentBefore(paragraphs, { paragraph: 1, offset: 0 })).toBe(32)
    expect(percentBefore(paragraphs, { paragraph: 1, offset: 27 })).toBe(57)
    expect(percentBefore(paragraphs, { paragraph: 0, offset: 0 })).toBe(0)
    expect(percentBefore(paragraphs, { paragraph: 2, offset: 18 })).toBe(100)
  })

  it('is 0 for an empty article', () => {
    expect(percentBefore([], { paragraph: 0, offset: 0 })).toBe(0)
  })
})
