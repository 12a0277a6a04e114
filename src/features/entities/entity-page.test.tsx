// @vitest-environment happy-dom
import { cleanup, render, screen, within } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, describe, expect, it } from 'vitest'
import type { EntityPage as Entity } from '../../lib/entities/entity'
import { EntityPage } from './entity-page'

afterEach(cleanup)

const entity: Entity = {
  kind: 'place',
  name: 'Kyiv',
  slug: 'kyiv',
  articleCount: 140,
  articles: [
    { id: '1'.repeat(16), slug: 'a-1', headline: 'Power restored', date: '2025-07-03', dateline: 'KYIV, Ukraine' },
    { id: '2'.repeat(16), slug: 'a-2', headline: 'Crews worked all night', date: '2025-07-01' },
    { id: '3'.repeat(16), slug: 'a-3', headline: 'Talks open', date: '2025-06-28', dateline: 'KYIV' },
  ],
  related: [
    { kind: 'place', name: 'Ukraine', slug: 'ukraine', count: 120 },
    { kind: 'person', name: 'Anna Lee', count: 1 },
  ],
  quotes: [],
}

function renderPage() {
  const router = createMemoryRouter([{ path: '/', element: <EntityPage entity={entity} /> }])
  render(<RouterProvider router={router} />)
}

describe('EntityPage', () => {
  it('groups the articles by month, newest first, with counts', () => {
    renderPage()
    const july = screen.getByRole('region', { name: 'July 2025, 2 articles' })
    expect(within(july).getAllByRole('link').map((link) => link.textContent)).toEqual(['Power restored', 'Crews worked all night'])
    expect(within(july).getByText('KYIV, Ukraine · July 3, 2025')).toBeTruthy()
    expect(screen.getByRole('region', { name: 'June 2025, 1 article' })).toBeTruthy()
  })

  it('says when it lists only the newest articles, and links the list for all of them', () => {
    renderPage()
    expect(screen.getByText(/The newest 3 of 140\./)).toBeTruthy()
    expect(screen.getByRole('link', { name: 'See all 140 in the list' }).getAttribute('href')).toBe('/?place=Kyiv')
  })

  it('links the names beside it that have a page, and names the others', () => {
    renderPage()
    const related = screen.getByRole('region', { name: 'Often named with Kyiv' })
    expect(within(related).getByRole('link').getAttribute('href')).toBe('/places/ukraine')
    expect(within(related).getByText('Anna Lee')).toBeTruthy()
    expect(screen.queryByRole('region', { name: /What Kyiv said/ })).toBeNull()
  })
})
