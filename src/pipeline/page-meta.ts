import { scriptSafeJson } from '../lib/page-state/page-state.ts'

/**
 * What a page tells crawlers and link previews (Open Graph, Twitter cards, JSON-LD), written
 * into the prerendered HTML's head at build time. Pure: returns escaped HTML text.
 */
export type PageMeta = {
  description: string
  /** The page's path; with the site URL it makes the canonical URL. */
  path: string
  /** Title for previews (the document title is React's `<title>`). */
  title: string
  article?: { headline: string; publishedDate: string; dateline?: string; wordCount: number }
  /** Pages that are the reader's own (highlights) or errors are not for search engines. */
  noindex?: boolean
}

export const SITE_NAME = 'Broadsheet'

export function headTags(meta: PageMeta, siteUrl: string): string {
  const url = new URL(meta.path, `${siteUrl}/`).href
  const tags = [
    metaTag('name', 'description', meta.description),
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    metaTag('property', 'og:site_name', SITE_NAME),
    metaTag('property', 'og:type', meta.article ? 'article' : 'website'),
    metaTag('property', 'og:title', meta.title),
    metaTag('property', 'og:description', meta.description),
    metaTag('property', 'og:url', url),
    metaTag('name', 'twitter:card', 'summary'),
    metaTag('name', 'twitter:title', meta.title),
    metaTag('name', 'twitter:description', meta.description),
  ]
  if (meta.noindex) tags.push(metaTag('name', 'robots', 'noindex'))
  if (meta.article) {
    tags.push(metaTag('property', 'article:published_time', meta.article.publishedDate))
    tags.push(jsonLd(newsArticle(meta.article, meta.description, url)))
  }
  return tags.join('\n    ')
}

function newsArticle(article: NonNullable<PageMeta['article']>, description: string, url: string) {
  return {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: article.headline,
    datePublished: article.publishedDate,
    ...(article.dateline ? { dateline: article.dateline } : {}),
    description,
    url,
    mainEntityOfPage: url,
    wordCount: article.wordCount,
    publisher: { '@type': 'Organization', name: SITE_NAME },
  }
}

function metaTag(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`
}

/** JSON inside a script element: `<` is escaped so article text can never close the element. */
export function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${scriptSafeJson(value)}</script>`
}

export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;')
}
