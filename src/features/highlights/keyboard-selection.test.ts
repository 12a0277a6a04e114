import { describe, expect, it } from 'vitest'
import { sentences } from '../../lib/articles/sentences'
import { extendByWord, nextSentence, nextWord, previousSentence, previousWord, shrinkByWord, words } from './keyboard-selection'

const TEXT = 'Watching the scene, Kim shed tears. Moscow got troops.\n\n“They are telecasting,” he said.'
const slice = (range: { start: number; end: number } | null) => (range ? TEXT.slice(range.start, range.end) : null)

describe('sentences', () => {
  it('finds each sentence, trimmed, and never across a paragraph break', () => {
    expect(sentences(TEXT).map(slice)).toEqual(['Watching the scene, Kim shed tears.', 'Moscow got troops.', '“They are telecasting,” he said.'])
  })

  it('steps forward and back from the focused paragraph', () => {
    const all = sentences(TEXT)
    const first = nextSentence(all, null, 0)
    expect(slice(first)).toBe('Watching the scene, Kim shed tears.')
    const second = nextSentence(all, first, 0)
    expect(slice(second)).toBe('Moscow got troops.')
    expect(slice(previousSentence(all, second, 0))).toBe('Watching the scene, Kim shed tears.')
    expect(slice(nextSentence(all, null, TEXT.indexOf('“')))).toBe('“They are telecasting,” he said.')
    expect(nextSentence(all, nextSentence(all, second, 0), 0)).toBeNull()
  })
})

describe('words', () => {
  const all = words(TEXT)

  it('keeps the punctuation that closes a word', () => {
    expect(all.slice(0, 4).map(slice)).toEqual(['Watching', 'the', 'scene,', 'Kim'])
    expect(all.map(slice)).toContain('telecasting,”')
  })

  it('moves a one-word selection and extends or shrinks it', () => {
    const first = nextWord(all, null, 0)
    expect(slice(first)).toBe('Watching')
    const second = nextWord(all, first, 0)
    expect(slice(second)).toBe('the')
    expect(slice(previousWord(all, second, 0))).toBe('Watching')
    const extended = extendByWord(all, extendByWord(all, second, 0), 0)
    expect(slice(extended)).toBe('the scene, Kim')
    expect(slice(shrinkByWord(all, extended))).toBe('the scene,')
    expect(slice(shrinkByWord(all, second))).toBe('the')
  })

  it('extends across a paragraph break', () => {
    const said = { start: TEXT.indexOf('Moscow'), end: TEXT.indexOf('\n') }
    expect(slice(extendByWord(all, said, 0))).toBe('Moscow got troops.\n\n“They')
  })
})
