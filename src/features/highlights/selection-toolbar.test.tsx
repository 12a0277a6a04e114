// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { SelectionToolbar } from './selection-toolbar'

afterEach(cleanup)

function renderToolbar() {
  const actions = { onHighlight: vi.fn(), onAddNote: vi.fn(), onCopyLink: vi.fn(), onShareImage: vi.fn(), onDismiss: vi.fn() }
  render(<SelectionToolbar selection={{ start: 0, end: 5, rect: { top: 200, bottom: 220, left: 40, width: 80 }, byKeyboard: false }} {...actions} />)
  return actions
}

describe('SelectionToolbar', () => {
  it('offers the named actions and the four named colours', async () => {
    const user = userEvent.setup()
    const actions = renderToolbar()
    const toolbar = screen.getByRole('toolbar', { name: 'Selected text' })
    const colours = within(toolbar).getByRole('group', { name: 'Highlight in colour' })
    expect(within(colours).getAllByRole('button').map((button) => button.getAttribute('aria-label'))).toEqual(['Yellow', 'Green', 'Blue', 'Pink'])

    await user.click(within(toolbar).getByRole('button', { name: 'Highlight' }))
    expect(actions.onHighlight).toHaveBeenLastCalledWith()
    await user.click(within(colours).getByRole('button', { name: 'Pink' }))
    expect(actions.onHighlight).toHaveBeenLastCalledWith('pink')
    await user.click(within(toolbar).getByRole('button', { name: 'Add note' }))
    expect(actions.onAddNote).toHaveBeenCalledOnce()
    await user.click(within(toolbar).getByRole('button', { name: 'Copy link' }))
    expect(actions.onCopyLink).toHaveBeenCalledOnce()
    await user.click(within(toolbar).getByRole('button', { name: 'Share as image' }))
    expect(actions.onShareImage).toHaveBeenCalledOnce()
  })

  it('is dismissed by Escape wherever focus is', async () => {
    const user = userEvent.setup()
    const actions = renderToolbar()
    await user.keyboard('{Escape}')
    expect(actions.onDismiss).toHaveBeenCalledOnce()
  })
})
