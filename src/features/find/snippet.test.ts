import { describe, expect, it } from 'vitest'
import { snippetAround } from './snippet'

describe('snippetAround', () => {
  it('finds a word by its folded form, as the index does', () => {
    const paragraphs = ['Nothing here.', 'Trams in Łódź run on time, and U.S. visitors agree.']
    expect(snippetAround(paragraphs, new Set(['lodz']))).toBe(paragraphs[1])
    expect(snippetAround(paragraphs, new Set(['us']))).toBe(paragraphs[1])
    expect(snippetAround(['Die Straße ist gesperrt.'], new Set(['strasse']))).toBe('Die Straße ist gesperrt.')
  })

  it('cuts a long paragraph at spaces around the first match, marking the cuts', () => {
    const before = 'word '.repeat(60)
    const snippet = snippetAround([`${before}Pyongyang ${before}`], new Set(['pyongyang']), 20)
    expect(snippet).toMatch(/^…(word ){4}Pyongyang (word ){2}word…$/)
  })

  it('is undefined when no paragraph has a matched word', () => {
    expect(snippetAround(['Seoul and Tokyo.'], new Set(['pyongyang']))).toBeUndefined()
  })
})
