import { paths } from '../../config/paths'
import type { ArticleTextProps } from '../../features/articles/article-page'
import { ReadingSettingsButton } from '../../features/reading-settings/reading-settings-button'
import { SaveToggle } from '../../features/saved/save-toggle'
import { ShareArticleButton } from '../../features/sharing/share-article-button'

/** Save, Share and the reading settings, under the headline. */
export function ArticleActions({ article }: ArticleTextProps) {
  return (
    <>
      <SaveToggle articleId={article.id} />
      <ShareArticleButton title={article.headline} path={paths.article(article.slug)} />
      <ReadingSettingsButton />
    </>
  )
}
