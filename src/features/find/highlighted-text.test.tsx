// @vitest-environment happy-dom
import { cleanup, render } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { HighlightedText } from './highlighted-text'

afterEach(cleanup)

function marksIn(text: string, terms: string[]) {
  const matched = new Set(terms)
  const { container } = render(
    <p>
      <HighlightedText text={text} terms={matched} />
    </p>,
  )
  return { text: container.textContent, marks: [...container.querySelectorAll('mark')].map((mark) => mark.textContent) }
}

describe('HighlightedText', () => {
  it('emphasises the words the search matched, keeping the text as it was', () => {
    const headline = 'Russia’s Putin meets Kim in Pyongyang'
    expect(marksIn(headline, ['russia', 'pyongyang'])).toEqual({ text: headline, marks: ['Russia’s', 'Pyongyang'] })
  })

  it('renders markup in article text as text, never as HTML', () => {
    const { text, marks } = marksIn('<img src=x onerror=alert(1)> Seoul', ['seoul'])
    expect(text).toBe('<img src=x onerror=alert(1)> Seoul')
    expect(marks).toEqual(['Seoul'])
  })

  it('finds words as the index folds them: Łódź for lodz, Straße for strasse, U.S. for us', () => {
    expect(marksIn('Łódź and the U.S. signed it on the Straße', ['lodz', 'us', 'strasse']).marks).toEqual(['Łódź', 'U.S.', 'Straße'])
  })

  it('leaves text without matches alone', () => {
    expect(marksIn('Nothing to see', [])).toEqual({ text: 'Nothing to see', marks: [] })
  })
})
