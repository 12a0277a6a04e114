/**
 * What the entity pages, their feeds and the sitemaps cost the build, on a generated corpus
 * (not a test).
 *
 *   npm run bench:site                            # 10,000 articles, seed 11
 *   npm run bench:site -- --count 100000 --seed 11
 *
 * Writes the corpus (src/scripts/generate-corpus.ts) to the system's temporary folder, then
 * measures in two child processes, so that each peak RSS is that of one thing:
 *  - the whole of buildSite, as `vite build` calls it. It names the share cards but does not
 *    draw them (the plugin's writeCards does, a separate and known cost: decision record 006);
 *    then again after one article's text changed, reusing the entities the first run extracted
 *    (as a rebuild does; the peak RSS is of both);
 *  - its steps one at a time, with the build's own functions: reading and parsing the files,
 *    entity extraction, buildEntityPages, the entity data files, the site feeds, every entity
 *    page's feeds, the sitemaps. Sizes are UTF-8 bytes of the files as the build writes them.
 */
import { spawnSync } from 'node:child_process'
import { rmSync } from 'node:fs'
import { cpus, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseArgs } from 'node:util'
import { buildCatalog } from '../pipeline/build-catalog.ts'
import { buildEntityPages } from '../pipeline/build-entity-pages.ts'
import { buildSite, entityData, entityFeedFiles, extractionInput, sitemapDocuments, withEntities, type DataFiles, type SiteDocument } from '../pipeline/build-site.ts'
import { extractAllEntities } from '../pipeline/extract-all-entities.ts'
import { readArticleFiles } from '../pipeline/read-article-files.ts'
import { siteFeeds } from '../pipeline/site-feeds.ts'
import { writeCorpus } from './generate-corpus.ts'

const SITE_URL = 'https://news.example'

type Options = { count: number; seed: number; part?: 'whole' | 'steps'; dir?: string }

const options = commandLine(process.argv.slice(2))
if (options.part === 'whole' && options.dir) await measureWhole(options.dir)
else if (options.part === 'steps' && options.dir) await measureSteps(options.dir)
else await main(options)

async function main({ count, seed }: Options) {
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB; node ${process.version}`)
  const dir = path.join(tmpdir(), `broadsheet-bench-site-${count}-${seed}`)
  const corpus = await writeCorpus({ count, seed, out: dir, clean: true })
  console.log(`corpus: ${grouped(count)} articles (seed ${seed}), ${megabytes(corpus.bytes)}, in ${dir}`)
  for (const part of ['whole', 'steps'] as const) {
    // The same loader flags (tsx's) and this file, in a process of its own.
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--part', part, '--dir', dir], { stdio: 'inherit' })
    if (child.status !== 0) process.exitCode = child.status ?? 1
  }
}

/**
 * The whole pipeline, as the Vite plugin runs it (cards named, not drawn): cold, then again
 * after one article's text changed, with the entities the first run extracted.
 */
async function measureWhole(dir: string) {
  const entityCacheDir = path.join(tmpdir(), `broadsheet-bench-site-entities-${process.pid}`)
  const files = [...readArticleFiles(dir)]
  const started = performance.now()
  const site = await buildSite(buildCatalog(files), { siteUrl: SITE_URL, entityCacheDir })
  const milliseconds = performance.now() - started
  const middle = Math.floor(files.length / 2)
  const edited = files.map((file, position) => (position === middle ? { ...file, source: file.source.replace(/\n\n(\S)/, '\n\nIn a late change, $1') } : file))
  const again = performance.now()
  await buildSite(buildCatalog(edited), { siteUrl: SITE_URL, entityCacheDir })
  const rebuilt = performance.now() - again
  rmSync(entityCacheDir, { recursive: true, force: true })
  console.log('\nbuildSite, whole (without drawing cards)')
  row('time', seconds(milliseconds))
  row('again, one article changed', seconds(rebuilt))
  row('pages to prerender', grouped(site.pages.length))
  row('data files', `${grouped(site.files.size)}, ${megabytes(textBytes(Array.from(site.files.values(), (text) => text())))}`)
  row('documents (feeds, sitemaps, robots.txt)', `${grouped(site.documents.size)}, ${megabytes(documentBytes(site.documents.values()))}`)
  row('cards named', grouped(new Set(site.cards.map((card) => card.file)).size))
  row('peak RSS', peakRss())
}

/** The build's steps one at a time, with its own functions. */
async function measureSteps(dir: string) {
  console.log('\nbuildSite, step by step')
  const { entries } = timed('read and parse the files', () => buildCatalog(readArticleFiles(dir)))
  const extracted = await timedAsync('entity extraction', () => extractAllEntities(entries.map(extractionInput)))
  const articles = entries.map((entry, position) => withEntities(entry, extracted[position], entries[position - 1], entries[position + 1]))
  const { pages } = timed('buildEntityPages', () => buildEntityPages(articles))
  const files: DataFiles = new Map()
  timed('entity data files (JSON)', () => entityData(pages, files, '/'))
  const site = timed('site feeds', () => siteFeeds(articles, SITE_URL))
  const entityFeeds = timed('entity feeds', () => entityFeedFiles(articles, pages, SITE_URL))
  const sitemaps = timed('sitemaps', () => sitemapDocuments(articles, pages, SITE_URL))

  console.log('\nsizes')
  row('entity pages', grouped(pages.length))
  row('feed documents', `${grouped(entityFeeds.length + 2)} (2 site, ${grouped(entityFeeds.length)} entity)`)
  row('site feeds', megabytes(Buffer.byteLength(site.atom) + Buffer.byteLength(site.json)))
  const sizes = { data: textBytes(Array.from(files.values(), (text) => text())), feeds: documentBytes(entityFeeds.map(([, document]) => document)), sitemaps: documentBytes(sitemaps.map(([, document]) => document)) }
  row('entity data files', `${grouped(files.size)}, ${megabytes(sizes.data)}`)
  row('entity feeds', `${megabytes(sizes.feeds)} (largest ${kilobytes(Math.max(0, ...entityFeeds.map(([, document]) => Buffer.byteLength(document.text()))))})`)
  row('sitemaps', `${grouped(sitemaps.length)} files, ${megabytes(sizes.sitemaps)}`)
  row('entity data + entity feeds + sitemaps', megabytes(sizes.data + sizes.feeds + sizes.sitemaps))
  row('peak RSS', peakRss())
}

function timed<T>(label: string, step: () => T): T {
  const started = performance.now()
  const result = step()
  row(label, seconds(performance.now() - started))
  return result
}

async function timedAsync<T>(label: string, step: () => Promise<T>): Promise<T> {
  const started = performance.now()
  const result = await step()
  row(label, seconds(performance.now() - started))
  return result
}

function textBytes(texts: Iterable<string>): number {
  let bytes = 0
  for (const text of texts) bytes += Buffer.byteLength(text)
  return bytes
}

function documentBytes(documents: Iterable<SiteDocument>): number {
  let bytes = 0
  for (const { text } of documents) bytes += Buffer.byteLength(text())
  return bytes
}

function row(label: string, value: string) {
  console.log(`  ${label.padEnd(40)} ${value}`)
}

// Declarations, not constants: the top-level await above runs before constants below it exist.
function peakRss(): string {
  return megabytes(process.resourceUsage().maxRSS * 1024)
}

function seconds(milliseconds: number): string {
  return `${(milliseconds / 1000).toFixed(2)} s`
}

function megabytes(bytes: number): string {
  return `${(bytes / 2 ** 20).toFixed(1)} MiB`
}

function kilobytes(bytes: number): string {
  return `${(bytes / 2 ** 10).toFixed(1)} KiB`
}

function grouped(value: number): string {
  return value.toLocaleString('en-US')
}

function commandLine(args: string[]): Options {
  const { values } = parseArgs({
    args,
    options: { count: { type: 'string', default: '10000' }, seed: { type: 'string', default: '11' }, part: { type: 'string' }, dir: { type: 'string' } },
    strict: true,
  })
  const count = Number(values.count)
  const seed = Number(values.seed)
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(seed) || seed < 0) throw new Error('usage: npm run bench:site -- [--count N] [--seed S]')
  const part = values.part === 'whole' || values.part === 'steps' ? values.part : undefined
  return { count, seed, ...(part ? { part } : {}), ...(values.dir ? { dir: values.dir } : {}) }
}
