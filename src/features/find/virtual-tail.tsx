import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useState } from 'react'
import { ArticleRow } from './article-row'
import type { ResultsProps } from './article-results'

// The first screen before the browser has measured anything.
const INITIAL_RECT = { width: 1024, height: 1200 }
const ESTIMATED_ROW_HEIGHT = 190

type Props = ResultsProps & {
  /** The rows before this place are plain rows in the same list, above. */
  from: number
  /** The list the plain rows are in. */
  listElement: HTMLOListElement
}

/**
 * The rest of the results, rendering only the rows near the screen, so a corpus of 100,000
 * articles scrolls as lightly as one of ten: rows positioned below the plain ones, in the
 * same list, over a spacer as tall as they would be. Rows keep list semantics: each says its
 * position and the total, and the headline link is the row's tab stop.
 */
export function VirtualTail({ list, count, docAt, terms, snippetTerms, RowActions, activeIndex, from, listElement }: Props) {
  const { top, headHeight } = usePlainRowsBox(listElement, from)
  const virtualizer = useWindowVirtualizer({
    count: count - from,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 4,
    scrollMargin: top + headHeight,
    initialRect: INITIAL_RECT,
    // data-index is the row's place in the whole list, which j/k and focus use.
    indexAttribute: 'data-tail-index',
  })

  useEffect(() => {
    if (activeIndex === undefined || activeIndex < from) return
    virtualizer.scrollToIndex(activeIndex - from, { align: 'auto' })
    // The row may only now be rendered: focus its link on the next frame.
    const frame = requestAnimationFrame(() => {
      listElement.querySelector<HTMLElement>(`[data-index="${activeIndex}"] a[data-headline]`)?.focus()
    })
    return () => {
      cancelAnimationFrame(frame)
    }
  }, [activeIndex, from, listElement, virtualizer])

  return (
    <>
      <li aria-hidden="true" role="presentation" style={{ height: virtualizer.getTotalSize() }} />
      {virtualizer.getVirtualItems().map((item) => (
        <li
          key={item.key}
          data-index={from + item.index}
          data-tail-index={item.index}
          ref={virtualizer.measureElement}
          aria-setsize={count}
          aria-posinset={from + item.index + 1}
          className="absolute inset-x-0 top-0 border-t border-rule py-6"
          style={{ transform: `translateY(${headHeight + item.start - virtualizer.options.scrollMargin}px)` }}
        >
          <ArticleRow list={list} docNumber={docAt(from + item.index)} terms={terms} snippetTerms={snippetTerms} RowActions={RowActions} />
        </li>
      ))}
    </>
  )
}

/** Where the list starts on the page, and how tall its plain rows are: the tail goes below them. */
function usePlainRowsBox(list: HTMLOListElement, from: number) {
  const [box, setBox] = useState({ top: 0, headHeight: 0 })
  useLayoutEffect(() => {
    const measure = () => {
      const lastPlain = list.children[from - 1] as HTMLElement | undefined
      if (!lastPlain) return
      const next = { top: list.getBoundingClientRect().top + window.scrollY, headHeight: lastPlain.offsetTop + lastPlain.offsetHeight }
      setBox((current) => (current.top === next.top && current.headHeight === next.headHeight ? current : next))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(list)
    return () => {
      observer.disconnect()
    }
  }, [list, from])
  return box
}
