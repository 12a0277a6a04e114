import { lazy, memo, Suspense, useEffect, useState, type ComponentType } from 'react'
import { useHydrated } from '../../lib/use-hydrated'
import type { ArticleList, ArticleSummary } from '../../lib/articles/article'
import { ArticleRow, type RowActionsProps } from './article-row'
import { PLAIN_LIMIT } from './rows-on-screen'

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
  const { list, count, docAt, summaryAt, terms, snippetTerms, RowActions, activeIndex } = props
  const hydrated = useHydrated()
  // State, not a ref: the tail measures this list in its layout effects, which run before a new
  // list's ref is set, so it comes once the list is in the page. (With a ref, a list built anew,
  // after a search that found nothing, had the tail drawn over its first rows.)
  const [listElement, setListElement] = useState<HTMLOListElement | null>(null)
  useEffect(() => {
    if (activeIndex !== undefined && activeIndex < PLAIN_LIMIT) listElement?.querySelector<HTMLElement>(`[data-index="${activeIndex}"] a[data-headline]`)?.focus()
  }, [activeIndex, listElement])
  return (
    <ol ref={setListElement} className="relative">
      {Array.from({ length: Math.min(count, PLAIN_LIMIT) }, (_, index) => (
        <li key={docAt(index)} data-index={index} aria-setsize={count} aria-posinset={index + 1} className="border-rule py-6 not-first:border-t first:pt-0">
          <ArticleRow list={list} docNumber={docAt(index)} summary={summaryAt?.(index)} terms={terms} snippetTerms={snippetTerms} RowActions={RowActions} />
        </li>
      ))}
      {/* After hydration, so the prerendered rows stay as they are; rendered into this same list. */}
      {hydrated && listElement && count > PLAIN_LIMIT && (
        <Suspense>
          <VirtualTail {...props} from={PLAIN_LIMIT} listElement={listElement} />
        </Suspense>
      )}
    </ol>
  )
})
