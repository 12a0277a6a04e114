import { describe, expect, it } from 'vitest'
import { robotsTxt, sitemapFiles } from './sitemap.ts'

const SITE = 'https://news.example'

describe('sitemapFiles', () => {
  it('lists every address absolute, with its day', () => {
    const files = sitemapFiles([{ path: '/', lastModified: '2025-07-01' }, { path: '/articles/a-1' }], SITE)
    expect([...files.keys()]).toEqual(['/sitemap.xml'])
    expect(files.get('/sitemap.xml')).toContain('<url><loc>https://news.example/</loc><lastmod>2025-07-01</lastmod></url>')
    expect(files.get('/sitemap.xml')).toContain('<url><loc>https://news.example/articles/a-1</loc></url>')
  })

  it('becomes an index of numbered sitemaps past the limit of addresses per file', () => {
    const entries = Array.from({ length: 5 }, (_, n) => ({ path: `/articles/a-${n}` }))
    const files = sitemapFiles(entries, SITE, 2)
    expect([...files.keys()].sort()).toEqual(['/sitemap.xml', '/sitemaps/sitemap-1.xml', '/sitemaps/sitemap-2.xml', '/sitemaps/sitemap-3.xml'])
    expect(files.get('/sitemap.xml')).toMatch(/^<\?xml[^>]*>\n<sitemapindex /)
    expect(files.get('/sitemap.xml')).toContain('<sitemap><loc>https://news.example/sitemaps/sitemap-3.xml</loc></sitemap>')
    expect(files.get('/sitemaps/sitemap-3.xml')).toContain('https://news.example/articles/a-4')
    expect(files.get('/sitemaps/sitemap-1.xml')?.match(/<url>/g)).toHaveLength(2)
  })
})

describe('robotsTxt', () => {
  it('names the sitemap by its absolute address', () => {
    expect(robotsTxt(SITE)).toContain('Sitemap: https://news.example/sitemap.xml\n')
  })
})
