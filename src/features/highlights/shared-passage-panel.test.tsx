// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { SharedPassage } from '../../lib/text-fragments/shared-passage'
import { SharedPassagePanel } from './shared-passage-panel'

afterEach(cleanup)

function renderPanel(passage: SharedPassage) {
  const actions = { onSave: vi.fn(), onShow: vi.fn(), onDismiss: vi.fn() }
  render(<SharedPassagePanel passage={passage} saved={false} {...actions} />)
  return actions
}

describe('SharedPassagePanel', () => {
  it('says when a link’s passage is too long to look for, and offers only Dismiss', async () => {
    const user = userEvent.setup()
    const actions = renderPanel({ status: 'missing', reason: 'too-long', maxLength: 2000 })
    const panel = screen.getByRole('complementary', { name: 'Shared passage' })
    expect(panel.textContent).toContain('The shared passage link is too long to find (over 2,000 characters).')
    expect(screen.getAllByRole('button').map((button) => button.textContent)).toEqual(['Dismiss'])
    await user.click(screen.getByRole('button', { name: 'Dismiss' }))
    expect(actions.onDismiss).toHaveBeenCalledOnce()
  })

  it('quotes a passage that is no longer in the article', () => {
    renderPanel({ status: 'missing', reason: 'changed', directive: { start: 'Kim shed', end: 'tears' } })
    expect(screen.getByText('The shared passage is no longer in this article')).toBeTruthy()
    expect(screen.getByText('“Kim shed … tears”')).toBeTruthy()
  })

  it('offers to go to and save a passage that was found', () => {
    renderPanel({ status: 'found', start: 0, end: 5, directive: { start: 'Kim' } })
    expect(screen.getByRole('button', { name: 'Go to the passage' })).toBeTruthy()
    expect(screen.getByRole('button', { name: 'Save to my highlights' })).toBeTruthy()
  })
})
