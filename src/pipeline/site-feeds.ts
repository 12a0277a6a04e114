import { Feed } from 'feed'
import type { Article } from '../lib/articles/article.ts'
import { escapeHtml, FEED_PATHS, FEED_TITLE, SITE_NAME } from './page-meta.ts'

/**
 * The site's feeds, for feed readers: Atom 1.0 and JSON Feed 1.1, the newest FEED_LENGTH
 * articles each, full text included, every address absolute. Written by the `feed` library.
 */
export const FEED_LENGTH = 50

export type SiteFeeds = { atom: string; json: string }

/** `articles` newest first, as the list has them. */
export function siteFeeds(articles: readonly Article[], siteUrl: string): SiteFeeds {
  const newest = articles.slice(0, FEED_LENGTH)
  // Atom's titles and summaries are HTML here (the library marks them so), JSON Feed's are text.
  return { atom: siteFeed(newest, siteUrl, escapeHtml).atom1(), json: jsonFeed11(siteFeed(newest, siteUrl, (text) => text).json1()) }
}

function siteFeed(newest: readonly Article[], siteUrl: string, textIn: (text: string) => string): Feed {
  const absolute = (path: string) => new URL(path, `${siteUrl}/`).href
  const feed = new Feed({
    id: absolute('/'),
    link: absolute('/'),
    title: FEED_TITLE,
    description: 'Newswire articles, newest first.',
    language: 'en',
    // The newest article's day, not the build's time: an unchanged corpus gives the same feed.
    updated: newest[0] ? dayStart(newest[0].date) : new Date(0),
    generator: false,
    feedLinks: { atom: absolute(FEED_PATHS.atom), json: absolute(FEED_PATHS.json) },
    author: { name: SITE_NAME, link: absolute('/') },
    favicon: absolute('/favicon.svg'),
    copyright: `${SITE_NAME} and its wire sources`,
  })
  for (const article of newest) {
    const link = absolute(`/articles/${article.slug}`)
    const named = [...article.entities.people, ...article.entities.places, ...article.entities.organisations]
    feed.addItem({
      id: link,
      link,
      title: textIn(article.headline),
      date: dayStart(article.date),
      published: dayStart(article.date),
      description: textIn(article.dek),
      content: articleHtml(article),
      category: named.map((name) => ({ name, term: name })),
    })
  }
  return feed
}

/** Articles carry a day; feeds want an instant: the start of that day, UTC. */
function dayStart(isoDay: string): Date {
  return new Date(`${isoDay}T00:00:00Z`)
}

/** An article's text as HTML for a feed reader: every character of the text escaped, never markup. */
function articleHtml(article: Article): string {
  const parts = article.dateline ? [`<p><strong>${escapeHtml(article.dateline)}</strong></p>`] : []
  for (const paragraph of article.paragraphs) parts.push(`<p>${escapeHtml(paragraph)}</p>`)
  return parts.join('\n')
}

type JsonFeed10 = Record<string, unknown> & { author?: unknown; items: (Record<string, unknown> & { author?: unknown })[] }

/**
 * The library writes JSON Feed 1.0. Version 1.1 renames `author` to `authors` (a list) and
 * adds `language`; nothing else here differs.
 */
function jsonFeed11(json10: string): string {
  const { author, items, ...feed } = JSON.parse(json10) as JsonFeed10
  return JSON.stringify(
    {
      ...feed,
      version: 'https://jsonfeed.org/version/1.1',
      language: 'en',
      ...(author ? { authors: [author] } : {}),
      items: items.map(({ author: itemAuthor, ...item }) => ({ ...item, ...(itemAuthor ? { authors: [itemAuthor] } : {}) })),
    },
    null,
    2,
  )
}
