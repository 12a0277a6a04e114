// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, cleanup, render, screen } from '@testing-library/react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ArticleRow } from './article-row'
import type { ArticleSummary } from '../../lib/articles/article'
import { summaryOf, twoChunkList } from './test-summaries'

/** Stands in for the browser's IntersectionObserver: the test says when an element nears the screen. */
class FakeObserver {
  static watched = new Map<Element, FakeObserver>()
  constructor(private readonly callback: IntersectionObserverCallback) {}
  observe(target: Element) {
    FakeObserver.watched.set(target, this)
  }
  unobserve(target: Element) {
    FakeObserver.watched.delete(target)
  }
  static bringNear(target: Element) {
    const observer = FakeObserver.watched.get(target)
    observer?.callback([{ target, isIntersecting: true } as IntersectionObserverEntry], observer as unknown as IntersectionObserver)
  }
}

const list = twoChunkList
const chunk = Array.from({ length: 100 }, (_, n) => summaryOf(100 + n))
const NO_TERMS: ReadonlySet<string> = new Set()
let fetched: string[]
/** The idle callbacks asked for, run when a test says the page is idle. */
let idleCallbacks: (() => void)[]

beforeEach(() => {
  FakeObserver.watched.clear()
  fetched = []
  idleCallbacks = []
  vi.stubGlobal('IntersectionObserver', FakeObserver)
  vi.stubGlobal('requestIdleCallback', (callback: () => void) => idleCallbacks.push(callback))
  vi.stubGlobal('cancelIdleCallback', () => {})
  vi.stubGlobal('fetch', (url: string) => {
    fetched.push(url)
    return Promise.resolve(new Response(JSON.stringify(chunk)))
  })
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

function renderRow(props: { docNumber: number; summary?: ArticleSummary }) {
  const client = new QueryClient()
  const router = createMemoryRouter([{ path: '/', element: <ArticleRow list={list} terms={NO_TERMS} snippetTerms={undefined} {...props} /> }])
  render(
    <QueryClientProvider client={client}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

describe('ArticleRow', () => {
  it('loads nothing until it nears the screen (or the page is idle), then its chunk of the list', async () => {
    renderRow({ docNumber: 142 })
    const loading = screen.getByText('Loading…')
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(fetched).toEqual([])

    act(() => {
      FakeObserver.bringNear(loading)
    })
    expect(await screen.findByRole('link', { name: 'Headline 142' })).toBeDefined()
    expect(fetched).toEqual(['/data/list/1.json'])
  })

  it('off screen, loads its chunk once the page is idle', async () => {
    renderRow({ docNumber: 142 })
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(fetched).toEqual([])

    act(() => {
      for (const callback of idleCallbacks) callback()
    })
    expect(await screen.findByRole('link', { name: 'Headline 142' })).toBeDefined()
    expect(fetched).toEqual(['/data/list/1.json'])
  })

  it('shows the summary the find’s answer brought, loading nothing', async () => {
    renderRow({ docNumber: 142, summary: summaryOf(142) })
    expect(screen.getByRole('link', { name: 'Headline 142' })).toBeDefined()
    // Nor does it wait for the page to be idle.
    expect(idleCallbacks).toEqual([])
    const [row] = [...FakeObserver.watched.keys()]
    act(() => {
      if (row) FakeObserver.bringNear(row)
    })
    await act(() => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(fetched).toEqual([])
  })
})
