import { lazy, memo, Suspense, useEffect, useRef, type ComponentType } from 'react'
import { useHydrated } from '../../lib/use-hydrated'
import type { ArticleList } from '../../lib/articles/article'
import { ArticleRow, type RowActionsProps } from './article-row'

export type ResultsProps = {
  list: ArticleList
  /** How many results, and which article (its number in the newest-first list) is at each place. */
  count: number
  docAt: (index: number) => number
  /** Index terms the search matched, to emphasise in headlines and snippets. */
  terms: readonly string[]
  RowActions?: ComponentType<RowActionsProps> | undefined
  /** Place of the result that j/k last moved to; its headline link takes focus. */
  activeIndex: number | undefined
}

/**
 * Up to this many results are simply rendered (a few screens: also what the prerendered page
 * shows); beyond, only the rows near the screen are.
 */
const PLAIN_LIMIT = 20

// The virtualiser's code loads only for lists long enough to need it.
const VirtualResults = lazy(async () => ({ default: (await import('./virtual-results')).VirtualResults }))

// Memoised: a keystroke re-renders the page at once, but the rows only when its results come.
export const ArticleResults = memo(function ArticleResults(props: ResultsProps) {
  const hydrated = useHydrated()
  // The prerendered page (and hydration) show the first rows plainly; the virtualiser takes over after.
  if (props.count <= PLAIN_LIMIT || !hydrated) return <PlainResults {...props} count={Math.min(props.count, PLAIN_LIMIT)} />
  return (
    <Suspense fallback={<PlainResults {...props} count={Math.min(props.count, PLAIN_LIMIT)} />}>
      <VirtualResults {...props} />
    </Suspense>
  )
})

function PlainResults({ list, count, docAt, terms, RowActions, activeIndex }: ResultsProps) {
  const listRef = useRef<HTMLOListElement>(null)
  useEffect(() => {
    if (activeIndex !== undefined) listRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"] a[data-headline]`)?.focus()
  }, [activeIndex])
  return (
    <ol ref={listRef} className="divide-y divide-rule">
      {Array.from({ length: count }, (_, index) => (
        <li key={docAt(index)} data-index={index} className="py-6 first:pt-0">
          <ArticleRow list={list} docNumber={docAt(index)} terms={terms} RowActions={RowActions} />
        </li>
      ))}
    </ol>
  )
}
