import { downloadFile } from '../../lib/download'
import { newId } from '../../lib/new-id'
import type { Highlight } from './highlight'
import { highlightsToMarkdown } from './export-markdown'
import { toAnnotationCollection } from './web-annotation'

/** What an export knows of an article: its headline and date when loaded, its public URL when known. */
export type ExportArticles = {
  url: (articleId: string) => string | undefined
  details?: (articleId: string) => { headline: string; date: string } | undefined
}

/** Downloads the highlights as W3C Web Annotation JSON (what Import takes back). */
export function downloadHighlightsJson(highlights: readonly Highlight[], articles: ExportArticles) {
  const collection = toAnnotationCollection(highlights, { articleUrl: articles.url, id: `urn:uuid:${newId()}` })
  downloadFile(`broadsheet-highlights-${today()}.json`, JSON.stringify(collection, null, 2), 'application/ld+json')
}

/** Downloads the highlights as Markdown, grouped by article. */
export function downloadHighlightsMarkdown(highlights: readonly Highlight[], articles: ExportArticles) {
  const byArticle = new Map<string, Highlight[]>()
  for (const highlight of highlights) {
    const group = byArticle.get(highlight.articleId)
    if (group) group.push(highlight)
    else byArticle.set(highlight.articleId, [highlight])
  }
  const groups = [...byArticle].map(([articleId, group]) => {
    const article = articles.details?.(articleId)
    return {
      articleId,
      article: article ? { headline: article.headline, date: article.date, url: articles.url(articleId) ?? '' } : undefined,
      highlights: group,
    }
  })
  downloadFile(`broadsheet-highlights-${today()}.md`, highlightsToMarkdown(groups, { exportedAt: today() }), 'text/markdown')
}

function today() {
  return new Date().toISOString().slice(0, 10)
}
