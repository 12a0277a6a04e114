import { useQuery } from '@tanstack/react-query'
import { memo, useEffect, useState, type ComponentType } from 'react'
import { Link } from 'react-router'
import { ArticleByline } from '../../components/article-byline'
import { paths } from '../../config/paths'
import type { ArticleList, ArticleSummary } from '../../lib/articles/article'
import { articleChunkQuery, articleQuery } from '../../lib/articles/article-queries'
import { chunkUrlOf } from '../../lib/articles/list-chunks'
import { whenIdle } from '../../lib/when-idle'
import { HighlightedText } from './highlighted-text'
import { snippetAround } from './snippet'
import { useNearScreen } from './use-near-screen'

export type RowActionsProps = { article: ArticleSummary }

export type RowProps = {
  list: ArticleList
  /** The article's number in the newest-first list, which says which chunk holds it. */
  docNumber: number
  /** The article's summary, when the find's answer brought it: the row then loads nothing. */
  summary?: ArticleSummary | undefined
  /** Index terms the search matched, to emphasise. */
  terms: ReadonlySet<string>
  /**
   * The same terms once typing has paused, for the passage around them: it needs the
   * article's text, a fetch per row, which keystrokes should not wait for.
   */
  snippetTerms: ReadonlySet<string> | undefined
  RowActions?: ComponentType<RowActionsProps> | undefined
}

/**
 * One article in the list: headline (the row's link), byline, dek and actions. Memoised: a
 * keystroke that leaves a row's article and emphasised words as they were leaves it alone.
 */
export const ArticleRow = memo(function ArticleRow({ list, docNumber, summary, terms, snippetTerms, RowActions }: RowProps) {
  // Without a summary from the find's answer, the row reads it from its chunk of the list: at
  // once when near the screen, else once the page is idle (every row is then whole for a reader
  // who moves through them by heading), never in the task that renders the results. Measured at
  // 10,000 articles (2 cores): on a reader's first search the rows below the first screen
  // fetched ~20 chunks right after the results went into the DOM, and the frame that shows them
  // came 187–250 ms later; loading as here, 14–15 ms.
  const [nearScreenRef, nearScreen] = useNearScreen()
  const [idle, setIdle] = useState(false)
  const chunkUrl = chunkUrlOf(list, docNumber) ?? ''
  const needsChunk = !summary && chunkUrl !== ''
  const { data: chunk, isError } = useQuery({ ...articleChunkQuery(chunkUrl), enabled: needsChunk && (nearScreen || idle) })
  const article = summary ?? chunk?.[docNumber % list.chunkSize]
  // Only a row still without its article waits for idle (one whose chunk is cached, the
  // prerendered list's, say, is not rendered again for nothing).
  const waitsForIdle = needsChunk && !article && !idle
  useEffect(() => (waitsForIdle ? whenIdle(() => setIdle(true)).cancel : undefined), [waitsForIdle])
  if (!article) {
    return (
      <p ref={nearScreenRef} className="text-muted" aria-busy={!isError}>
        {isError ? 'This article could not be loaded.' : 'Loading…'}
      </p>
    )
  }
  return (
    <article ref={nearScreenRef} className="grid gap-2">
      <h2 className="font-serif text-2xl leading-snug font-semibold text-balance">
        <Link to={paths.article(article.slug)} data-headline="" className="rounded-sm hover:text-accent hover:underline focus-visible:underline">
          <HighlightedText text={article.headline} terms={terms} />
        </Link>
      </h2>
      <ArticleByline article={article} />
      <p className="max-w-[65ch] text-base leading-relaxed text-pretty">
        <HighlightedText text={article.dek} terms={terms} />
      </p>
      {snippetTerms && snippetTerms.size > 0 && nearScreen && <Snippet article={article} terms={snippetTerms} />}
      {RowActions && (
        <div>
          <RowActions article={article} />
        </div>
      )}
    </article>
  )
})

/** Where in the article the search words are: the passage around the first one outside the dek. */
function Snippet({ article, terms }: { article: ArticleSummary; terms: ReadonlySet<string> }) {
  const { data } = useQuery(articleQuery(article))
  const snippet = data && snippetAround(data.paragraphs.slice(1), terms)
  if (!snippet) return null
  return (
    <p className="max-w-[65ch] border-l-2 border-rule pl-3 font-serif text-sm leading-relaxed text-muted">
      <span className="sr-only">From the article: </span>
      <HighlightedText text={snippet} terms={terms} />
    </p>
  )
}
