// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { Highlight, HighlightColor } from './highlight'
import { HighlightedParagraph } from './highlighted-paragraph'
import type { MarkedRange } from './place-highlights'

afterEach(cleanup)

const TEXT = 'Kim shed tears as he hugged the coffins of soldiers killed in Russia.'

function highlight(id: string, color: HighlightColor, note = ''): Highlight {
  return {
    schemaVersion: 1,
    id,
    articleId: '1195f8b02fb32f15',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'x' },
      { type: 'TextPositionSelector', start: 0, end: 1 },
    ],
    textHash: 'h',
    color,
    note,
    createdAt: '2026-11-27T10:00:00.000Z',
    updatedAt: '2026-11-27T10:00:00.000Z',
  }
}

// "shed tears as he hugged" (yellow) overlaps "hugged the coffins" (blue).
const outer = highlight('11111111-1111-4111-8111-111111111111', 'yellow')
const inner = highlight('22222222-2222-4222-8222-222222222222', 'blue', 'the key image')
const ranges: MarkedRange[] = [
  { id: outer.id, start: 4, end: 27, createdAt: outer.createdAt },
  { id: inner.id, start: 21, end: 39, createdAt: '2026-11-27T11:00:00.000Z' },
]

function renderParagraph(onOpen = vi.fn()) {
  const { container } = render(
    <HighlightedParagraph
      text={TEXT}
      start={0}
      ranges={ranges}
      highlights={new Map([outer, inner].map((h) => [h.id, h]))}
      firstSegmentStart={new Map([[outer.id, 4], [inner.id, 21]])}
      onOpen={onOpen}
      tabIndex={-1}
      describedBy="keys-help"
      onParagraphKeyDown={() => {}}
      onParagraphFocus={() => {}}
    />,
  )
  return { paragraph: container.querySelector('p') as HTMLParagraphElement, onOpen }
}

describe('HighlightedParagraph', () => {
  it('draws overlapping highlights as marks without changing the text', () => {
    const { paragraph } = renderParagraph()
    expect(paragraph.textContent).toBe(TEXT)
    const marks = [...paragraph.querySelectorAll('mark')].map((mark) => mark.textContent)
    expect(marks).toEqual(['shed tears as he ', 'hugged', ' the coffins'])
  })

  it('opens each overlapping highlight on its own, and both where they overlap', async () => {
    const user = userEvent.setup()
    const { onOpen } = renderParagraph()
    await user.click(screen.getByText('shed tears as he'))
    expect(onOpen).toHaveBeenLastCalledWith([outer.id], expect.anything())
    await user.click(screen.getByText('the coffins'))
    expect(onOpen).toHaveBeenLastCalledWith([inner.id], expect.anything())
    await user.click(screen.getByText('hugged'))
    expect(onOpen.mock.lastCall?.[0]).toEqual(expect.arrayContaining([outer.id, inner.id]))
  })

  it('lets the keyboard reach each highlight once and open it with Enter', async () => {
    const user = userEvent.setup()
    const { onOpen } = renderParagraph()
    await user.tab()
    expect(document.activeElement?.textContent).toBe('shed tears as he ')
    await user.tab()
    expect(document.activeElement?.textContent).toBe('hugged')
    await user.keyboard('{Enter}')
    expect(onOpen).toHaveBeenCalledTimes(1)
    await user.tab()
    expect(document.activeElement).toBe(document.body)
  })
})
