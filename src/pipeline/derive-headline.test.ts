import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { deriveDek, deriveHeadline, HEADLINE_MAX } from './derive-headline'

const SEED_LEDE =
  'Kim Jong Un held the first public commemoration for North Korean troops who died fighting in support of Russia’s war with Ukraine, in a ceremony likely aimed at preparing the population for further such deployments.'

describe('deriveHeadline', () => {
  it('cuts the seed lede before its relative clause', () => {
    expect(deriveHeadline(SEED_LEDE)).toBe('Kim Jong Un held the first public commemoration for North Korean troops')
  })

  it('keeps a short lede whole, without its full stop', () => {
    expect(deriveHeadline('Chile approves a lithium company.')).toBe('Chile approves a lithium company')
  })

  it('prefers a comma to a weaker boundary', () => {
    expect(deriveHeadline('Japan’s central bank held interest rates steady on Monday, citing uncertainty over global trade and a slowdown in spending.')).toBe(
      'Japan’s central bank held interest rates steady on Monday',
    )
  })

  it('keeps abbreviations such as D.C. inside the first sentence', () => {
    expect(deriveHeadline('The mayor of Washington, D.C. resigned. Another sentence follows here.')).toBe('The mayor of Washington, D.C. resigned')
  })

  it('falls back to a word boundary with an ellipsis when no clause boundary fits', () => {
    const lede = `${'Supercalifragilistic '.repeat(8)}end.`
    const headline = deriveHeadline(lede)
    expect(headline.endsWith('…')).toBe(true)
    expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX)
    expect(lede.startsWith(headline.slice(0, -1))).toBe(true)
  })

  it('never exceeds the maximum and never cuts a word in half', () => {
    const word = fc.stringMatching(/^[A-Za-z’]{1,14}[,;]?$/)
    fc.assert(
      fc.property(fc.array(word, { minLength: 1, maxLength: 60 }), (words) => {
        const lede = `${words.join(' ')}.`
        const headline = deriveHeadline(lede).replace(/…$/, '')
        expect(headline.length).toBeLessThanOrEqual(HEADLINE_MAX)
        // Every word of the headline is a whole word of the lede, in order.
        expect(lede.startsWith(headline)).toBe(true)
        const next = lede.charAt(headline.length)
        expect(next === '' || /[\s,;.]/.test(next)).toBe(true)
      }),
    )
  })
})

describe('deriveDek', () => {
  it('is the lede’s first sentence', () => {
    expect(deriveDek(`${SEED_LEDE} A second sentence.`)).toBe(SEED_LEDE)
  })

  it('is cut at a word when the sentence runs long', () => {
    const dek = deriveDek(`${'word '.repeat(80)}end.`)
    expect(dek.length).toBeLessThanOrEqual(240)
    expect(dek).toMatch(/ word…$/)
  })
})
