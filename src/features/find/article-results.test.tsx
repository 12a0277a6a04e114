// @vitest-environment happy-dom
import { QueryClient, QueryClientProvider } from '@tanstack/react-query'
import { act, cleanup, render, screen } from '@testing-library/react'
import { useLayoutEffect, useState } from 'react'
import { createMemoryRouter, RouterProvider } from 'react-router'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { ArticleResults } from './article-results'
import { PLAIN_LIMIT, rowsOnScreen } from './rows-on-screen'
import { summaryOf, twoChunkList } from './test-summaries'

const list = twoChunkList
const NO_TERMS: ReadonlySet<string> = new Set()

/** Results as a find's answer gives them: these articles, in this order, each with its summary. */
function results(docs: number[]) {
  return { count: docs.length, docAt: (index: number) => docs[index] ?? 0, summaryAt: (index: number) => summaryOf(docs[index] ?? 0) }
}

function headlinesInPage(): string[] {
  return [...document.querySelectorAll('a[data-headline]')].map((link) => link.textContent)
}

/** The headlines in the page each time the page around the results commits (not the results' own later renders). */
let seenOnCommit: string[][]

/** The results `initial`, then `next` once "Next results" is pressed (as a find's answer would replace them). */
function Page({ initial, next }: { initial: number[]; next: number[] }) {
  const [docs, setDocs] = useState(initial)
  useLayoutEffect(() => {
    seenOnCommit.push(headlinesInPage())
  })
  return (
    <>
      <button type="button" onClick={() => setDocs(next)}>
        Next results
      </button>
      <ArticleResults list={list} {...results(docs)} terms={NO_TERMS} snippetTerms={undefined} activeIndex={undefined} />
    </>
  )
}

function renderPage(initial: number[], next: number[]) {
  const router = createMemoryRouter([{ path: '/', element: <Page initial={initial} next={next} /> }])
  render(
    <QueryClientProvider client={new QueryClient()}>
      <RouterProvider router={router} />
    </QueryClientProvider>,
  )
}

beforeEach(() => {
  seenOnCommit = []
  vi.stubGlobal(
    'IntersectionObserver',
    class {
      observe() {}
      unobserve() {}
    },
  )
})

afterEach(() => {
  cleanup()
  vi.unstubAllGlobals()
})

describe('ArticleResults', () => {
  it('shows the rows on screen with the results that come, and those below in a render of their own', () => {
    const first = Array.from({ length: PLAIN_LIMIT }, (_, n) => n)
    // The same articles the other way round: every row's article changes, and some move from
    // below the screen to on it and back.
    const next = [...first].reverse()
    renderPage(first, next)
    expect(headlinesInPage()).toEqual(first.map((n) => `Headline ${n}`))

    seenOnCommit = []
    act(() => {
      screen.getByRole('button', { name: 'Next results' }).click()
    })
    const onScreen = rowsOnScreen()
    expect(onScreen).toBeLessThan(PLAIN_LIMIT)
    // As the new results commit: the rows on screen are the new ones, those below still the last.
    expect(seenOnCommit[0]).toEqual([...next.slice(0, onScreen), ...first.slice(onScreen)].map((n) => `Headline ${n}`))
    // Then the rest follow: each article once, each row saying its place.
    expect(headlinesInPage()).toEqual(next.map((n) => `Headline ${n}`))
    const rows = screen.getAllByRole('listitem')
    expect(rows.map((row) => row.getAttribute('aria-posinset'))).toEqual(next.map((_, index) => String(index + 1)))
    expect(rows.every((row) => row.getAttribute('aria-setsize') === String(PLAIN_LIMIT))).toBe(true)
  })

  it('fewer results than the screen holds leave no rows of the last results below', () => {
    renderPage([5, 6, 7, 8, 9, 10, 11, 12], [3])
    act(() => {
      screen.getByRole('button', { name: 'Next results' }).click()
    })
    expect(headlinesInPage()).toEqual(['Headline 3'])
    expect(screen.getAllByRole('listitem')).toHaveLength(1)
  })
})
