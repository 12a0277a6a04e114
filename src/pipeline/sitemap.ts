import { absoluteUrl, escapeHtml } from './page-meta.ts'

/**
 * The sitemap (sitemaps.org 0.9) of every page meant for search engines, and the robots.txt
 * that names it. Past MAX_URLS_PER_SITEMAP addresses, the protocol's limit, `/sitemap.xml`
 * becomes an index of numbered sitemaps under `/sitemaps/`.
 */
export const SITEMAP_PATH = '/sitemap.xml'
export const MAX_URLS_PER_SITEMAP = 50_000

export type SitemapEntry = { path: string; /** ISO day of the page's last change. */ lastModified?: string }

/** Path → XML text of each sitemap file. */
export function sitemapFiles(entries: readonly SitemapEntry[], siteUrl: string, limit = MAX_URLS_PER_SITEMAP): Map<string, string> {
  const absolute = (path: string) => absoluteUrl(path, siteUrl)
  if (entries.length <= limit) return new Map([[SITEMAP_PATH, urlSet(entries, absolute)]])
  const files = new Map<string, string>()
  const parts: string[] = []
  for (let start = 0; start < entries.length; start += limit) {
    const path = `/sitemaps/sitemap-${parts.length + 1}.xml`
    parts.push(path)
    files.set(path, urlSet(entries.slice(start, start + limit), absolute))
  }
  const index = parts.map((path) => `  <sitemap><loc>${escapeHtml(absolute(path))}</loc></sitemap>`)
  files.set(SITEMAP_PATH, xml('sitemapindex', index))
  return files
}

export function robotsTxt(siteUrl: string): string {
  return `User-agent: *\nAllow: /\n\nSitemap: ${absoluteUrl(SITEMAP_PATH, siteUrl)}\n`
}

function urlSet(entries: readonly SitemapEntry[], absolute: (path: string) => string): string {
  const urls = entries.map(({ path, lastModified }) => `  <url><loc>${escapeHtml(absolute(path))}</loc>${lastModified ? `<lastmod>${lastModified}</lastmod>` : ''}</url>`)
  return xml('urlset', urls)
}

function xml(root: 'urlset' | 'sitemapindex', children: string[]): string {
  return `<?xml version="1.0" encoding="UTF-8"?>\n<${root} xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${children.join('\n')}\n</${root}>\n`
}
