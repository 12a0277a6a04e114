import { formatIsoDay } from '../lib/format-date'
import type { ArticleSummary } from '../lib/articles/article'

/** Dateline, date and reading time: the line of facts above every headline. */
export function ArticleByline({ article }: { article: Pick<ArticleSummary, 'date' | 'dateline' | 'readingMinutes'> }) {
  return (
    <p className="flex flex-wrap items-center gap-x-2 text-sm text-muted">
      {article.dateline && (
        <>
          <span className="font-semibold tracking-wide text-accent uppercase">{article.dateline}</span>
          <span aria-hidden="true">·</span>
        </>
      )}
      <time dateTime={article.date}>{formatIsoDay(article.date)}</time>
      <span aria-hidden="true">·</span>
      <span>{article.readingMinutes} min read</span>
    </p>
  )
}
