import { describe, expect, it } from 'vitest'
import { shortenAtWord } from './shorten-at-word'

describe('shortenAtWord', () => {
  it('leaves text that fits alone', () => {
    expect(shortenAtWord('Storm closes ports', 18)).toBe('Storm closes ports')
  })

  it('cuts at the last whole word, with an ellipsis, within the limit', () => {
    const shortened = shortenAtWord('Kim Jong Un held the first public commemoration', 30)
    expect(shortened).toBe('Kim Jong Un held the first…')
    expect(shortened.length).toBeLessThanOrEqual(30)
  })

  it('drops punctuation left dangling before the ellipsis', () => {
    expect(shortenAtWord('Ports close, ferries stop and trains wait', 14)).toBe('Ports close…')
  })

  it('counts an emoji or an accented letter as one character, and never splits one', () => {
    expect(shortenAtWord('Fans 🎉🎉 in Łódź cheer', 12)).toBe('Fans 🎉🎉 in…')
  })

  it('cuts a single overlong word at the limit', () => {
    expect(shortenAtWord('Donaudampfschifffahrtsgesellschaft', 10)).toBe('Donaudamp…')
  })
})
