import { describe, expect, it } from 'vitest'
import { headlineLayout } from './card-layout'

describe('headlineLayout', () => {
  it('sets a short headline large and a long one smaller, with more lines', () => {
    const short = headlineLayout('Storm closes ports')
    const long = headlineLayout('Kim Jong Un held the first public commemoration for North Korean troops who died fighting in support of Russia')
    expect(short.fontSize).toBeGreaterThan(long.fontSize)
    expect(long.lines).toBeGreaterThan(short.lines)
  })

  it('folds runs of white space', () => {
    expect(headlineLayout('  Storm\n closes   ports ').text).toBe('Storm closes ports')
  })
})
