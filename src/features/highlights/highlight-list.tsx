import { defaultRangeExtractor, useWindowVirtualizer, type Range } from '@tanstack/react-virtual'
import { useCallback, useLayoutEffect, useMemo, useRef, useState } from 'react'
import { Link } from 'react-router'
import { paths } from '../../config/paths'
import { anchor } from '../../lib/anchoring/anchor'
import type { Article } from '../../lib/articles/article'
import { articleText } from '../../lib/articles/article-text'
import { formatIsoDay, formatTimestamp } from '../../lib/format-date'
import { passageLink } from '../../lib/text-fragments/passage-link'
import type { Highlight } from './highlight'
import { MARK_COLORS } from './highlighted-paragraph'
import { ShareAsImage, type PicturedPassage } from './share-as-image'
import { capitalise } from './selection-toolbar'
import { useHighlightActions } from './use-highlight-actions'
import type { HighlightStatus } from './use-highlight-statuses'

type Articles = ReadonlyMap<string, Article | null | undefined>

// The first screen before the browser has measured anything.
const INITIAL_RECT = { width: 768, height: 1200 }
const ESTIMATED_ROW_HEIGHT = 170
const ESTIMATED_HEADING_HEIGHT = 70

/**
 * The highlights, grouped by article (newest group first), as one list that renders only the
 * rows near the screen: 20,000 highlights open as fast as twenty. Each row says its place
 * and the total; the first row of an article carries the article's heading. Tab walks the
 * rows (the page scrolls, and the next rows render, as focus moves down), and the row that
 * has focus stays rendered when the page is scrolled away from it.
 */
export function HighlightList({ highlights, articles, statuses }: { highlights: readonly Highlight[]; articles: Articles; statuses: ReadonlyMap<string, HighlightStatus> }) {
  const rows = useMemo(() => byArticle(highlights), [highlights])
  const { remove } = useHighlightActions()
  const listRef = useRef<HTMLUListElement>(null)
  const [scrollMargin, setScrollMargin] = useState(0)
  // What is above the list (filters, notices) can move it: measure again whenever the
  // column it sits in changes size.
  useLayoutEffect(() => {
    const list = listRef.current
    if (!list?.parentElement) return
    const measure = () => {
      setScrollMargin(Math.round(list.getBoundingClientRect().top + window.scrollY))
    }
    measure()
    const observer = new ResizeObserver(measure)
    observer.observe(list.parentElement)
    return () => {
      observer.disconnect()
    }
  }, [])

  const [focusedIndex, setFocusedIndex] = useState<number>()
  const rangeExtractor = useCallback(
    (range: Range) => {
      const indexes = defaultRangeExtractor(range)
      if (focusedIndex === undefined || focusedIndex >= range.count || indexes.includes(focusedIndex)) return indexes
      return [...indexes, focusedIndex].sort((a, b) => a - b)
    },
    [focusedIndex],
  )

  // Stable callbacks: the virtualiser lays out every row again (20,000 of them) when they change.
  const estimateSize = useCallback((index: number) => ESTIMATED_ROW_HEIGHT + (rows[index]?.firstOfArticle ? ESTIMATED_HEADING_HEIGHT : 0), [rows])
  const getItemKey = useCallback((index: number) => rows[index]?.highlight.id ?? index, [rows])
  const virtualizer = useWindowVirtualizer({
    count: rows.length,
    estimateSize,
    getItemKey,
    overscan: 6,
    scrollMargin,
    initialRect: INITIAL_RECT,
    rangeExtractor,
  })

  return (
    <ul ref={listRef} aria-label="Your highlights, by article" className="relative mt-4" style={{ height: virtualizer.getTotalSize() }}>
      {virtualizer.getVirtualItems().map((item) => {
        const row = rows[item.index]
        if (!row) return null
        const article = articles.get(row.highlight.articleId) ?? undefined
        return (
          <li
            key={item.key}
            data-index={item.index}
            ref={virtualizer.measureElement}
            aria-setsize={rows.length}
            aria-posinset={item.index + 1}
            className="absolute inset-x-0 top-0 pb-4"
            style={{ transform: `translateY(${item.start - virtualizer.options.scrollMargin}px)` }}
            onFocus={() => {
              setFocusedIndex(item.index)
            }}
            onBlur={(event) => {
              if (!event.currentTarget.contains(event.relatedTarget)) setFocusedIndex(undefined)
            }}
          >
            {row.firstOfArticle && <ArticleHeading articleId={row.highlight.articleId} article={article} first={item.index === 0} />}
            <HighlightCard highlight={row.highlight} article={article} status={statuses.get(row.highlight.id)} onDelete={remove} />
          </li>
        )
      })}
    </ul>
  )
}

type Row = { highlight: Highlight; firstOfArticle: boolean }

/** Highlights arrive newest first, so groups come out ordered by their newest highlight. */
function byArticle(highlights: readonly Highlight[]): Row[] {
  const groups = new Map<string, Highlight[]>()
  for (const highlight of highlights) {
    const group = groups.get(highlight.articleId)
    if (group) group.push(highlight)
    else groups.set(highlight.articleId, [highlight])
  }
  return [...groups.values()].flatMap((group) => group.map((highlight, index) => ({ highlight, firstOfArticle: index === 0 })))
}

function ArticleHeading({ articleId, article, first }: { articleId: string; article: Article | undefined; first: boolean }) {
  return (
    <div className={first ? 'pb-3' : 'pt-6 pb-3'}>
      <h2 id={`group-${articleId}`} className="font-serif text-xl leading-snug font-semibold">
        {article ? (
          <Link to={paths.article(article.slug)} className="hover:text-accent hover:underline">
            {article.headline}
          </Link>
        ) : (
          <span className="text-muted">Loading the article…</span>
        )}
      </h2>
      {article && (
        <p className="text-sm text-muted">
          <time dateTime={article.date}>{formatIsoDay(article.date)}</time>
        </p>
      )}
    </div>
  )
}

function HighlightCard({
  highlight,
  article,
  status,
  onDelete,
}: {
  highlight: Highlight
  article: Article | undefined
  status: HighlightStatus | undefined
  onDelete: (highlight: Highlight) => void
}) {
  const [pictured, setPictured] = useState<PicturedPassage | null>(null)
  return (
    <div className="grid gap-2 rounded-lg border border-rule p-4">
      <blockquote className={`border-l-4 pl-3 font-serif text-lg leading-relaxed ${BORDER_COLORS[highlight.color]}`}>
        {article ? (
          <Link to={{ pathname: paths.article(article.slug), hash: `highlight-${highlight.id}` }} className="hover:underline">
            <Quote highlight={highlight} />
          </Link>
        ) : (
          <Quote highlight={highlight} />
        )}
      </blockquote>
      {highlight.note && <p className="whitespace-pre-line">{highlight.note}</p>}
      <p className="flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted">
        <span>{capitalise(highlight.color)}</span>
        <span aria-hidden="true">·</span>
        <time dateTime={highlight.createdAt}>{formatTimestamp(highlight.createdAt)}</time>
        {status === 'moved' && <span className="font-semibold">· The article changed; found again</span>}
        <span className="ml-auto flex gap-3">
          {article && (
            <button
              type="button"
              onClick={() => {
                setPictured({ quote: highlight.selectors[0].exact, about: article, link: linkToPassage(article, highlight) })
              }}
              className="font-semibold hover:underline"
            >
              Share as image
            </button>
          )}
          <button
            type="button"
            onClick={() => {
              onDelete(highlight)
            }}
            className="font-semibold text-accent hover:underline"
          >
            Delete
          </button>
        </span>
      </p>
      {pictured && (
        <ShareAsImage
          passage={pictured}
          onClose={() => {
            setPictured(null)
          }}
        />
      )}
    </div>
  )
}

/** The passage's link where the highlight is found in the article today; the article's own where it is not. */
function linkToPassage(article: Article, highlight: Highlight): string {
  const articleUrl = new URL(paths.article(article.slug), window.location.origin).href
  const found = anchor(articleText(article.paragraphs), highlight.selectors)
  return found ? passageLink(articleUrl, article.paragraphs, found.start, found.end) : articleUrl
}

function Quote({ highlight }: { highlight: Highlight }) {
  return <span className={`${MARK_COLORS[highlight.color]} box-decoration-clone px-0.5 whitespace-pre-line`}>{highlight.selectors[0].exact}</span>
}

const BORDER_COLORS: Record<Highlight['color'], string> = {
  yellow: 'border-hl-yellow',
  green: 'border-hl-green',
  blue: 'border-hl-blue',
  pink: 'border-hl-pink',
}
