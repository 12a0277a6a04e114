import { Navigate, useLoaderData, useLocation, useParams } from 'react-router'
import { paths } from '../../config/paths'
import { ArticlePage, ArticleText } from '../../features/articles/article-page'
import { useKeepForOffline } from '../../lib/offline/use-keep-for-offline'
import type { ArticlePageData } from '../../lib/page-state/page-data'
import { island } from '../island'

// The reader's tools load after the article is up; until then the article reads as it was built.
const ArticleActions = island(async () => (await import('./article-actions')).ArticleActions)
const HighlightableText = island(async () => (await import('./article-highlights')).HighlightableText, ArticleText)
const ReadingProgress = island(async () => (await import('../../features/reading-progress/article-progress')).ArticleProgress)

/** Fetches the code of the page's tools, so a navigation shows the page whole. */
export const preloadParts = () => Promise.all([ArticleActions.preload(), HighlightableText.preload(), ReadingProgress.preload()])

/** The article page with the reader's highlights, sharing and progress: the features meet here, in the app. */
export function ArticleRoute() {
  const { article, url } = useLoaderData<ArticlePageData>()
  const { slug } = useParams()
  const location = useLocation()
  // Read once, readable offline after.
  useKeepForOffline({ slug: article.slug, dataUrl: url })
  // Only the id part of the address names the article: outdated headline words are replaced.
  if (slug !== article.slug) return <Navigate replace to={{ ...location, pathname: paths.article(article.slug) }} />
  return (
    <>
      {/* First, so that its offer to go back to the reader's place is first in the keyboard's order. */}
      <ReadingProgress key={article.id} articleId={article.id} paragraphs={article.paragraphs} />
      <ArticlePage article={article} Text={HighlightableText} Actions={ArticleActions} />
    </>
  )
}
