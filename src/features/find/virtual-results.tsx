import { useWindowVirtualizer } from '@tanstack/react-virtual'
import { useEffect, useLayoutEffect, useRef, useState } from 'react'
import { ArticleRow } from './article-row'
import type { ResultsProps } from './article-results'


// The first screen before the browser has measured anything (and on the build machine).
const INITIAL_RECT = { width: 1024, height: 1200 }
const ESTIMATED_ROW_HEIGHT = 190

/**
 * The results as a list that renders only the rows near the screen, so a corpus of 100,000
 * articles scrolls as lightly as one of ten. Rows keep list semantics: each says its
 * position and the total, and the headline link is the row's tab stop.
 */
export function VirtualResults({ list, count, docAt, terms, RowActions, activeIndex }: ResultsProps) {
  const listRef = useRef<HTMLOListElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  useLayoutEffect(() => {
    setScrollMargin(listRef.current?.offsetTop ?? 0)
  }, [])

  const virtualizer = useWindowVirtualizer({
    count,
    estimateSize: () => ESTIMATED_ROW_HEIGHT,
    overscan: 4,
    scrollMargin,
    initialRect: INITIAL_RECT,
  })

  useEffect(() => {
    if (activeIndex === undefined) return
    virtualizer.scrollToIndex(activeIndex, { align: 'auto' })
    // The row may only now be rendered: focus its link on the next frame.
    const frame = requestAnimationFrame(() => {
      listRef.current?.querySelector<HTMLElement>(`[data-index="${activeIndex}"] a[data-headline]`)?.focus()
    })
    return () => {
      cancelAnimationFrame(frame)
    }
  }, [activeIndex, virtualizer])

  const items = virtualizer.getVirtualItems()
  return (
    <ol ref={listRef} className="relative" style={{ height: virtualizer.getTotalSize() }}>
      {items.map((item) => (
        <li
          key={item.key}
          data-index={item.index}
          ref={virtualizer.measureElement}
          aria-setsize={count}
          aria-posinset={item.index + 1}
          className="absolute inset-x-0 top-0 border-b border-rule py-6"
          style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
        >
          <ArticleRow list={list} docNumber={docAt(item.index)} terms={terms} RowActions={RowActions} />
        </li>
      ))}
    </ol>
  )
}
