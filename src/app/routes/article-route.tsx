import { paths } from '../../config/paths'
import { ArticlePage, type ArticleTextProps } from '../../features/articles/article-page'
import { HighlightableArticleText } from '../../features/highlights/highlightable-article-text'

/** The article page with the reader's highlights: the two features meet here, in the app. */
export function ArticleRoute() {
  return <ArticlePage Text={HighlightableText} />
}

function HighlightableText({ article }: ArticleTextProps) {
  return (
    <HighlightableArticleText
      articleId={article.id}
      paragraphs={article.paragraphs}
      textHash={article.textHash}
      articlePath={paths.article(article.slug)}
    />
  )
}
