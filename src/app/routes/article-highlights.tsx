import { paths } from '../../config/paths'
import type { ArticleTextProps } from '../../features/articles/article-page'
import { HighlightableArticleText } from '../../features/highlights/highlightable-article-text'

/** The article's text with the reader's highlights drawn in, and the tools to make more. */
export function HighlightableText({ article }: ArticleTextProps) {
  const about = { headline: article.headline, date: article.date, ...(article.dateline ? { dateline: article.dateline } : {}) }
  return (
    <HighlightableArticleText articleId={article.id} paragraphs={article.paragraphs} textHash={article.textHash} articlePath={paths.article(article.slug)} about={about} />
  )
}
