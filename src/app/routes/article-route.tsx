import { paths } from '../../config/paths'
import { ArticlePage, type ArticleTextProps } from '../../features/articles/article-page'
import { HighlightableArticleText } from '../../features/highlights/highlightable-article-text'
import { SaveToggle } from '../../features/saved/save-toggle'
import { ShareArticleButton } from '../../features/sharing/share-article-button'

/** The article page with the reader's highlights and sharing: the features meet here, in the app. */
export function ArticleRoute() {
  return <ArticlePage Text={HighlightableText} Actions={ArticleActions} />
}

function ArticleActions({ article }: ArticleTextProps) {
  return (
    <>
      <SaveToggle articleId={article.id} />
      <ShareArticleButton title={article.headline} path={paths.article(article.slug)} />
    </>
  )
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
