import { describe, expect, it } from 'vitest'
import { locateSharedPassage, sharedPassageFromFragment } from './shared-passage'
import { MAX_TERM_LENGTH } from './text-fragment'

const paragraphs = ['Watching the scene at the gala event held Sunday, Kim shed tears.', 'The state media said so.']

describe('sharedPassageFromFragment', () => {
  it('locates the first text directive of a fragment', () => {
    expect(sharedPassageFromFragment(paragraphs, ':~:text=Kim%20shed%20tears')).toEqual({
      status: 'found',
      start: 50,
      end: 64,
      directive: { start: 'Kim shed tears' },
    })
  })

  it('says when the passage is not in the article any more', () => {
    expect(sharedPassageFromFragment(paragraphs, ':~:text=Unrelated%20words%20here')).toMatchObject({ status: 'missing', reason: 'changed' })
  })

  it('is null for a fragment without a text directive', () => {
    expect(sharedPassageFromFragment(paragraphs, 'section-2')).toBeNull()
    expect(sharedPassageFromFragment(paragraphs, ':~:text=a-b')).toBeNull()
  })

  it('reports a passage longer than it looks for, without looking, and quickly', () => {
    const started = performance.now()
    const passage = sharedPassageFromFragment(paragraphs, `:~:text=${'a'.repeat(100_000)}`)
    expect(performance.now() - started).toBeLessThan(100)
    expect(passage).toEqual({ status: 'missing', reason: 'too-long', maxLength: MAX_TERM_LENGTH })
  })

  it('uses a later directive that is short enough', () => {
    expect(sharedPassageFromFragment(paragraphs, `:~:text=${'a'.repeat(MAX_TERM_LENGTH + 1)}&text=state%20media`)).toMatchObject({ status: 'found', start: 71, end: 82 })
  })
})

describe('locateSharedPassage', () => {
  it('does not look for a directive built in code with a term over the limit', () => {
    expect(locateSharedPassage(paragraphs, { start: 'Kim', end: 'word '.repeat(MAX_TERM_LENGTH) })).toEqual({
      status: 'missing',
      reason: 'too-long',
      maxLength: MAX_TERM_LENGTH,
    })
  })
})
