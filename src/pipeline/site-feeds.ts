import { Feed } from 'feed'
import { paths } from '../config/paths.ts'
import type { Article } from '../lib/articles/article.ts'
import { ENTITY_FOLDERS, type EntityRef } from '../lib/entities/entity.ts'
import { absoluteUrl, escapeHtml, FEED_PATHS, FEED_TITLE, SITE_NAME } from './page-meta.ts'

/**
 * The site's feeds, for feed readers: Atom 1.0 and JSON Feed 1.1, the newest FEED_LENGTH
 * articles each, every address absolute. Written by the `feed` library. There are two kinds:
 *
 * - the site feed (/feed.xml, /feed.json): every article, full text included;
 * - one per entity page (/people/<slug>/feed.xml, …): the articles naming that person, place or
 *   organisation, each with its title, link, date, summary (the dek) and names, but not its
 *   text, which the reader gets by following the link. There can be MAX_ENTITY_PAGES (20,000)
 *   of them, and the text makes them three times larger: measured on 10,000 generated articles
 *   (560 entity pages), 52 MiB of entity feeds without it, 168 MiB with it.
 */
export const FEED_LENGTH = 50

export type FeedDocuments = { atom: string; json: string }

/** Where a feed's two formats are, as paths on the site. */
export type FeedPaths = { atom: string; json: string }

/** What a feed is: its name, the page it follows, its own addresses, and how much of each article it carries. */
export type FeedSubject = { title: string; description: string; pagePath: string; paths: FeedPaths; fullText: boolean }

export const SITE_FEED: FeedSubject = { title: FEED_TITLE, description: 'Newswire articles, newest first.', pagePath: paths.home(), paths: FEED_PATHS, fullText: true }

/** An entity page's feed, beside the page: /people/kim-jong-un/feed.xml follows /people/kim-jong-un. */
export function entityFeed(entity: EntityRef): FeedSubject {
  const pagePath = paths.entity(ENTITY_FOLDERS[entity.kind], entity.slug)
  return {
    title: `${SITE_NAME}: ${entity.name}`,
    description: `Articles naming ${entity.name}, newest first.`,
    pagePath,
    paths: { atom: `${pagePath}/feed.xml`, json: `${pagePath}/feed.json` },
    fullText: false,
  }
}

/** `articles` newest first, as the list has them. */
export function siteFeeds(articles: readonly Article[], siteUrl: string): FeedDocuments {
  return writeFeeds(SITE_FEED, articles, siteUrl)
}

/** Both formats of one feed; `articles` newest first (only the first FEED_LENGTH are used). */
export function writeFeeds(subject: FeedSubject, articles: readonly Article[], siteUrl: string): FeedDocuments {
  const newest = articles.slice(0, FEED_LENGTH)
  // Atom's titles and summaries are HTML here (the library marks them so), JSON Feed's are text.
  return {
    atom: libraryFeed(subject, newest, siteUrl, { textIn: escapeHtml, format: 'atom' }).atom1(),
    json: jsonFeed11(libraryFeed(subject, newest, siteUrl, { textIn: (text) => text, format: 'json' }).json1(), subject.fullText),
  }
}

type FormatOptions = { textIn: (text: string) => string; format: 'atom' | 'json' }

function libraryFeed(subject: FeedSubject, newest: readonly Article[], siteUrl: string, { textIn, format }: FormatOptions): Feed {
  const absolute = (path: string) => absoluteUrl(path, siteUrl)
  const feed = new Feed({
    id: absolute(subject.pagePath),
    link: absolute(subject.pagePath),
    title: subject.title,
    description: subject.description,
    language: 'en',
    // The newest article's day, not the build's time: an unchanged corpus gives the same feed.
    updated: newest[0] ? dayStart(newest[0].date) : new Date(0),
    generator: false,
    feedLinks: { atom: absolute(subject.paths.atom), json: absolute(subject.paths.json) },
    author: { name: SITE_NAME, link: absolute(paths.home()) },
    favicon: absolute('/favicon.svg'),
    copyright: `${SITE_NAME} and its wire sources`,
  })
  for (const article of newest) {
    const link = absolute(paths.article(article.slug))
    const named = [...article.entities.people, ...article.entities.places, ...article.entities.organisations]
    feed.addItem({
      id: link,
      link,
      title: textIn(article.headline),
      date: dayStart(article.date),
      published: dayStart(article.date),
      description: textIn(article.dek),
      ...(subject.fullText ? { content: articleHtml(article) } : {}),
      category: (format === 'atom' ? named.filter(isAtomAttributeSafe) : named).map((name) => ({ name, term: name })),
    })
  }
  return feed
}

/**
 * Atom puts a category's name in attributes, where the library escapes `&` and `"` but not
 * `<`, which XML forbids there (and escaping it ourselves, the library would escape our `&`).
 * Such a name is left out of the Atom feed only; JSON Feed keeps it.
 */
function isAtomAttributeSafe(name: string): boolean {
  return !name.includes('<')
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

type JsonFeed10 = Record<string, unknown> & { author?: unknown; items: (Record<string, unknown> & { author?: unknown; content_html?: unknown })[] }

/**
 * The library writes JSON Feed 1.0. Version 1.1 renames `author` to `authors` (a list) and
 * adds `language`; nothing else here differs. Without full text, the library puts the item's
 * summary, which is plain text here, in `content_html`: it moves to `content_text`, so no
 * reader takes the text for markup.
 */
function jsonFeed11(json10: string, fullText: boolean): string {
  const { author, items, ...feed } = JSON.parse(json10) as JsonFeed10
  return JSON.stringify(
    {
      ...feed,
      version: 'https://jsonfeed.org/version/1.1',
      language: 'en',
      ...(author ? { authors: [author] } : {}),
      items: items.map(({ author: itemAuthor, content_html, ...item }) => ({
        ...item,
        ...(fullText ? { content_html } : { content_text: content_html }),
        ...(itemAuthor ? { authors: [itemAuthor] } : {}),
      })),
    },
    null,
    2,
  )
}
