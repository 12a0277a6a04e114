import { paths } from '../../config/paths'
import type { ArticleTextProps } from '../../features/articles/article-page'
import { ListenButton } from '../../features/read-aloud/listen-button'
import { ReadingSettingsButton } from '../../features/reading-settings/reading-settings-button'
import { SaveToggle } from '../../features/saved/save-toggle'
import { ShareArticleButton } from '../../features/sharing/share-article-button'

/** Save, Share, the reading settings and Listen, under the headline. */
export function ArticleActions({ article }: ArticleTextProps) {
  return (
    <>
      <SaveToggle articleId={article.id} />
      <ShareArticleButton title={article.headline} path={paths.article(article.slug)} />
      <ReadingSettingsButton />
      {/* Keyed: a new article stops the voice reading the last one. */}
      <ListenButton key={article.id} paragraphs={article.paragraphs} language="en" />
    </>
  )
}
