import { Fragment, lazy, memo, Suspense, useDeferredValue, useEffect, useState, type ComponentType } from 'react'
import { useHydrated } from '../../lib/use-hydrated'
import type { ArticleList, ArticleSummary } from '../../lib/articles/article'
import { ArticleRow, type RowActionsProps } from './article-row'
import { PLAIN_LIMIT, rowsOnScreen } from './rows-on-screen'

export type ResultsProps = {
  list: ArticleList
  /** How many results, and which article (its number in the newest-first list) is at each place. */
  count: number
  docAt: (index: number) => number
  /** The summary of the result at each of the first places, where the find's answer brought it. */
  summaryAt?: ((index: number) => ArticleSummary | undefined) | undefined
  /** Index terms the search matched, to emphasise in headlines and snippets. */
  terms: ReadonlySet<string>
  /** `terms` once typing has paused: rows then show the passage around them (see ArticleRow). */
  snippetTerms: ReadonlySet<string> | undefined
  RowActions?: ComponentType<RowActionsProps> | undefined
  /** Place of the result that j/k last moved to; its headline link takes focus. */
  activeIndex: number | undefined
}

// The virtualiser's code loads only for lists long enough to need it.
const VirtualTail = lazy(async () => ({ default: (await import('./virtual-tail')).VirtualTail }))

// Memoised: a keystroke re-renders the page at once, but the rows only when its results come.
export const ArticleResults = memo(function ArticleResults(props: ResultsProps) {
  const { count, activeIndex } = props
  const hydrated = useHydrated()
  // The rows on screen render with the results; those below, in a render of their own that
  // the next keystroke may interrupt (they show the last results for a moment, out of sight).
  // Measured at 10,000 articles (2 cores): rendering all twenty rows and the tail took most of
  // a keystroke's main-thread time once its answer had come.
  const below = useDeferredValue(props)
  const onScreen = Math.min(rowsOnScreen(), PLAIN_LIMIT)
  // State, not a ref: the tail measures this list in its layout effects, which run before a new
  // list's ref is set, so it comes once the list is in the page. (With a ref, a list built anew,
  // after a search that found nothing, had the tail drawn over its first rows.)
  const [listElement, setListElement] = useState<HTMLOListElement | null>(null)
  useEffect(() => {
    if (activeIndex !== undefined && activeIndex < PLAIN_LIMIT) listElement?.querySelector<HTMLElement>(`[data-index="${activeIndex}"] a[data-headline]`)?.focus()
  }, [activeIndex, listElement])
  return (
    <ol ref={setListElement} className="relative">
      {/* Two groups, so an article moving between them never has its key twice in one. */}
      <Fragment key="on-screen">{plainRows(props, 0, Math.min(count, onScreen))}</Fragment>
      <Fragment key="below">{plainRows(below, onScreen, Math.min(below.count, PLAIN_LIMIT))}</Fragment>
      {/* After hydration, so the prerendered rows stay as they are; rendered into this same list. */}
      {hydrated && listElement && below.count > PLAIN_LIMIT && (
        <Suspense>
          <VirtualTail {...below} from={PLAIN_LIMIT} listElement={listElement} />
        </Suspense>
      )}
    </ol>
  )
})

/** The rows from place `from` to `to`, simply rendered. */
function plainRows({ list, count, docAt, summaryAt, terms, snippetTerms, RowActions }: ResultsProps, from: number, to: number) {
  return Array.from({ length: Math.max(0, to - from) }, (_, offset) => {
    const index = from + offset
    return (
      <li key={docAt(index)} data-index={index} aria-setsize={count} aria-posinset={index + 1} className="border-rule py-6 not-first:border-t first:pt-0">
        <ArticleRow list={list} docNumber={docAt(index)} summary={summaryAt?.(index)} terms={terms} snippetTerms={snippetTerms} RowActions={RowActions} />
      </li>
    )
  })
}
