import { ArticlePage, type ArticleTextProps } from '../../features/articles/article-page'
import { HighlightableArticleText } from '../../features/highlights/highlightable-article-text'
import { paths } from '../../config/paths'

/** The article page with the reader's highlights: the two features meet here, in the app. */
export function ArticleRoute() {
  return <ArticlePage Text={HighlightableText} />
}

function HighlightableText({ summary, body }: ArticleTextProps) {
  return (
    <HighlightableArticleText
      articleId={summary.id}
      paragraphs={body.paragraphs}
      textHash={body.textHash}
      articleUrl={new URL(paths.article(summary.slug), window.location.origin).href}
    />
  )
}
