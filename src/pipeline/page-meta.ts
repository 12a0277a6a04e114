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
  /** The page's card for link previews (its path on the site), and what the card says. */
  image?: { path: string; alt: string }
  /** Feeds of the page's own (an entity's articles), named before the site's feeds, which every page names. */
  feeds?: FeedLink[]
}

/** A feed for the head to name: its title, and the paths of its Atom and JSON Feed formats. */
export type FeedLink = { title: string; atom: string; json: string }

/** Every card's size (src/pipeline/cards/card-layout.ts), the large-image size chat apps expect. */
export const CARD_IMAGE = { width: 1200, height: 630, type: 'image/png' } as const

export const SITE_NAME = 'Broadsheet'

/** The site's feeds (src/pipeline/site-feeds.ts), which every page names for feed readers to find. */
export const FEED_PATHS = { atom: '/feed.xml', json: '/feed.json' } as const
export const FEED_TITLE = `${SITE_NAME}: latest articles`
const SITE_FEED_LINK: FeedLink = { title: FEED_TITLE, ...FEED_PATHS }

export function headTags(meta: PageMeta, siteUrl: string): string {
  const url = absoluteUrl(meta.path, siteUrl)
  const tags = [
    metaTag('name', 'description', meta.description),
    `<link rel="canonical" href="${escapeHtml(url)}">`,
    metaTag('property', 'og:site_name', SITE_NAME),
    metaTag('property', 'og:locale', 'en_US'),
    metaTag('property', 'og:type', meta.article ? 'article' : 'website'),
    metaTag('property', 'og:title', meta.title),
    metaTag('property', 'og:description', meta.description),
    metaTag('property', 'og:url', url),
    metaTag('name', 'twitter:card', meta.image ? 'summary_large_image' : 'summary'),
    metaTag('name', 'twitter:title', meta.title),
    metaTag('name', 'twitter:description', meta.description),
    // A reader that takes the first feed it finds takes the page's own.
    ...[...(meta.feeds ?? []), SITE_FEED_LINK].flatMap((feed) => feedLinks(feed, siteUrl)),
  ]
  const image = meta.image && { url: absoluteUrl(meta.image.path, siteUrl), alt: meta.image.alt }
  if (image) {
    tags.push(
      metaTag('property', 'og:image', image.url),
      metaTag('property', 'og:image:type', CARD_IMAGE.type),
      metaTag('property', 'og:image:width', String(CARD_IMAGE.width)),
      metaTag('property', 'og:image:height', String(CARD_IMAGE.height)),
      metaTag('property', 'og:image:alt', image.alt),
      metaTag('name', 'twitter:image', image.url),
      metaTag('name', 'twitter:image:alt', image.alt),
    )
  }
  if (meta.noindex) tags.push(metaTag('name', 'robots', 'noindex'))
  if (meta.article) {
    tags.push(metaTag('property', 'article:published_time', meta.article.publishedDate))
    tags.push(jsonLd(newsArticle(meta.article, meta.description, url, image?.url)))
  }
  return tags.join('\n    ')
}

/**
 * A path on the site as a whole URL, as `new URL(path, siteUrl)` makes it. A path of plain
 * segments (letters, digits, `-._~`, none starting with a dot), as articles' and cards' are,
 * is joined to the site's root without the parser: a build's 120,000 heads and sitemap
 * entries made some 700,000 of these, about 0.5 s of every build.
 */
export function absoluteUrl(path: string, siteUrl: string): string {
  return PLAIN_PATH.test(path) ? `${siteRoot(siteUrl)}${path}` : new URL(path, `${siteUrl}/`).href
}

const PLAIN_PATH = /^(?:\/(?!\.)[\w~.-]+)+$/
const siteRoots = new Map<string, string>()

/** The site's scheme, host and port (and user, if any), as URLs made from it start. */
function siteRoot(siteUrl: string): string {
  let root = siteRoots.get(siteUrl)
  if (root === undefined) siteRoots.set(siteUrl, (root = new URL('/', `${siteUrl}/`).href.slice(0, -1)))
  return root
}

function newsArticle(article: NonNullable<PageMeta['article']>, description: string, url: string, imageUrl: string | undefined) {
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
    ...(imageUrl ? { image: { '@type': 'ImageObject', url: imageUrl, width: CARD_IMAGE.width, height: CARD_IMAGE.height } } : {}),
    publisher: { '@type': 'Organization', name: SITE_NAME },
  }
}

function feedLinks({ title, atom, json }: FeedLink, siteUrl: string): string[] {
  return [alternateLink('application/atom+xml', title, absoluteUrl(atom, siteUrl)), alternateLink('application/feed+json', title, absoluteUrl(json, siteUrl))]
}

function alternateLink(type: string, title: string, href: string): string {
  return `<link rel="alternate" type="${type}" title="${escapeHtml(title)}" href="${escapeHtml(href)}">`
}

function metaTag(attribute: 'name' | 'property', key: string, content: string): string {
  return `<meta ${attribute}="${key}" content="${escapeHtml(content)}">`
}

/** JSON inside a script element: `<` is escaped so article text can never close the element. */
export function jsonLd(value: unknown): string {
  return `<script type="application/ld+json">${scriptSafeJson(value)}</script>`
}

const HTML_SPECIAL = /[&<>"']/
const HTML_SPECIALS = new RegExp(HTML_SPECIAL.source, 'g')
const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** One pass, and none for the many texts without a special character (each page's head has some 25). */
export function escapeHtml(text: string): string {
  return HTML_SPECIAL.test(text) ? text.replace(HTML_SPECIALS, (special) => HTML_ESCAPES[special] ?? special) : text
}
