import { describe, expect, it } from 'vitest'
import { nextParagraph, previousParagraph, readingOrder, voicesInOrder } from './reading-order'

const paragraphs = ['Kim shed tears. The gala ended late.', 'Madden said it was aimed at the public.', 'One more. And the last one.']
const order = readingOrder(paragraphs)

describe('readingOrder', () => {
  it('speaks each sentence of each paragraph in turn, with where it is', () => {
    expect(order.map(({ paragraph, text }) => [paragraph, text])).toEqual([
      [0, 'Kim shed tears.'],
      [0, 'The gala ended late.'],
      [1, 'Madden said it was aimed at the public.'],
      [2, 'One more.'],
      [2, 'And the last one.'],
    ])
    expect(order[1]).toMatchObject({ start: 16, end: 36 })
  })

  it('has nothing to say for an empty article', () => {
    expect(readingOrder([])).toEqual([])
    expect(readingOrder(['   '])).toEqual([])
  })
})

describe('moving by paragraph', () => {
  it('goes to the first sentence of the next paragraph, and stops after the last', () => {
    expect(nextParagraph(order, 0)).toBe(2)
    expect(nextParagraph(order, 2)).toBe(3)
    expect(nextParagraph(order, 4)).toBeNull()
  })

  it('goes back to the start of this paragraph, or from its start to the one before', () => {
    expect(previousParagraph(order, 4)).toBe(3)
    expect(previousParagraph(order, 3)).toBe(2)
    expect(previousParagraph(order, 2)).toBe(0)
    expect(previousParagraph(order, 0)).toBe(0)
  })
})

describe('voicesInOrder', () => {
  it('lists the voices for the language first, the default among them first', () => {
    const voices = [
      { name: 'Zed', lang: 'de-DE', default: true },
      { name: 'Beth', lang: 'en-GB', default: false },
      { name: 'Alex', lang: 'en_US', default: true },
      { name: 'Amy', lang: 'fr-FR', default: false },
    ]
    expect(voicesInOrder(voices, 'en').map((voice) => voice.name)).toEqual(['Alex', 'Beth', 'Zed', 'Amy'])
  })
})
