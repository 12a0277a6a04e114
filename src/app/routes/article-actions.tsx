import { paths } from '../../config/paths'
import type { ArticleTextProps } from '../../features/articles/article-page'
import { SaveToggle } from '../../features/saved/save-toggle'
import { ShareArticleButton } from '../../features/sharing/share-article-button'

/** Save and Share, under the headline. */
export function ArticleActions({ article }: ArticleTextProps) {
  return (
    <>
      <SaveToggle articleId={article.id} />
      <ShareArticleButton title={article.headline} path={paths.article(article.slug)} />
    </>
  )
}
