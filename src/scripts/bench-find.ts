/**
 * The list's load and search measured in a real Chromium against production builds.
 *
 *   npx tsx src/scripts/generate-corpus.ts --count 10000 --seed 42 --out /tmp/corpus-10k
 *   ARTICLES_DIR=/tmp/corpus-10k npx vite build --outDir /tmp/dist-10k
 *   npx tsx src/scripts/bench-find.ts dist /tmp/dist-10k /tmp/dist-100k
 *
 * For each built site: the bytes the first list paint needs (HTML, CSS, JavaScript, data), the
 * time to first list paint (median of fresh loads), the bytes the search then fetches, and the
 * keystroke-to-results latency (median and 95th percentile) over a fixed list of queries typed
 * a key at a time. Latency is the app's own measures (find-page.tsx): from the search box's
 * input event to React putting that query's results in the DOM (`find:results`), and to the
 * end of the frame that draws them (`find:results-painted`). Each key is pressed once the
 * previous key's results are on screen, as a person typing at a normal speed would see them.
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'

const QUERIES = ['ukraine', 'election results', 'central bank', 'marathon seoul', 'climate summit', 'minister said', 'pyongyang', 'goverment budget', 'president', 'football']
const LOADS = 5
const PORT = 4195

const sites = process.argv.slice(2)
if (sites.length === 0) {
  console.error('usage: npx tsx src/scripts/bench-find.ts <built site folder>...')
  process.exit(1)
}
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
console.log(`machine: ${cpus()[0]?.model ?? 'unknown'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB; node ${process.version}; Chromium at ${chromePath}`)

const browser = await chromium.launch({ executablePath: chromePath, args: ['--disable-background-networking', '--disable-component-update', '--no-first-run'] })
try {
  for (const site of sites) await measure(site)
} finally {
  await browser.close()
}

async function measure(site: string) {
  const list = JSON.parse(readFileSync(path.join(site, readListFile(site)), 'utf8')) as { count: number }
  const server = await serve(site)
  try {
    const paints: number[] = []
    let firstPaintBytes = ''
    for (let load = 0; load < LOADS; load++) {
      const context = await browser.newContext()
      const page = await context.newPage()
      const bytes = countBytes(page)
      await page.goto(`http://localhost:${PORT}/`, { waitUntil: 'load' })
      await page.locator('main ol li').first().waitFor()
      paints.push(await firstContentfulPaint(page))
      firstPaintBytes = bytes.total()
      await context.close()
    }

    const context = await browser.newContext()
    const page = await context.newPage()
    await page.goto(`http://localhost:${PORT}/`)
    await page.locator('html[data-app-ready]:not([data-parts-loading])').waitFor({ state: 'attached' })
    const box = page.getByRole('searchbox', { name: 'Search articles' })
    const searchBytes = countBytes(page)
    const latencies: number[] = []
    const painted: number[] = []
    for (const query of QUERIES) {
      await box.fill('')
      await settle(page)
      await page.evaluate(() => {
        performance.clearMeasures()
      })
      for (const key of query) {
        // As a person types: each key once the last one's results are on screen.
        const shown = (await measures(page, 'find:results-painted')).length
        await box.press(key === ' ' ? 'Space' : key)
        await page.waitForFunction((count) => performance.getEntriesByName('find:results-painted', 'measure').length > count, shown)
      }
      latencies.push(...(await measures(page, 'find:results')))
      painted.push(...(await measures(page, 'find:results-painted')))
    }
    await context.close()

    console.log(`\n${site}: ${list.count} articles`)
    console.log(`  first list paint: median ${median(paints).toFixed(0)} ms over ${LOADS} fresh loads; ${firstPaintBytes} (HTML, CSS, JavaScript, data)`)
    console.log(`  search data fetched over the ${QUERIES.length} queries: ${searchBytes.total()} (facets, search manifest and shards, article files for snippets)`)
    console.log(`  keystroke to results in the DOM: ${summary(latencies)}`)
    console.log(`  keystroke to the frame that shows them: ${summary(painted)}`)
  } finally {
    server.kill()
  }
}

function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((measure) => performance.getEntriesByName(measure, 'measure').map((entry) => entry.duration), name)
}

function summary(values: number[]): string {
  return `median ${percentile(values, 0.5).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms over ${values.length} keystrokes`
}

/** Waits until the list's status names a settled count (not "Searching…"). */
async function settle(page: Page) {
  await page.getByRole('main').getByRole('status').filter({ hasText: /^\d+ articles?\b/ }).waitFor()
}

/** Bytes of every response body, as served (vite preview does not compress) and gzipped, as a host would send them. */
function countBytes(page: Page) {
  let raw = 0
  let gzip = 0
  page.on('response', (response) => {
    void response.body().then(
      (body) => {
        raw += body.length
        gzip += gzipSync(body).length
      },
      () => undefined,
    )
  })
  return { total: () => `${kib(raw)} KiB (${kib(gzip)} KiB gzip)` }
}

function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1)
}

async function firstContentfulPaint(page: Page): Promise<number> {
  return page.evaluate(() => performance.getEntriesByName('first-contentful-paint')[0]?.startTime ?? Number.NaN)
}

function readListFile(site: string): string {
  const name = readdirSync(path.join(site, 'data')).find((file) => /^list\.[0-9a-f]+\.json$/.test(file))
  if (!name) throw new Error(`${site} has no article list: is it a Broadsheet build?`)
  return path.join('data', name)
}

async function serve(site: string): Promise<ChildProcess> {
  const server = spawn('node_modules/.bin/vite', ['preview', '--outDir', site, '--port', String(PORT), '--strictPort'], { stdio: 'ignore' })
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await fetch(`http://localhost:${PORT}/`).then((response) => response.ok, () => false)) return server
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  server.kill()
  throw new Error(`vite preview of ${site} did not start`)
}

function median(values: number[]): number {
  return percentile(values, 0.5)
}

function percentile(values: number[], fraction: number): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(fraction * sorted.length))] ?? Number.NaN
}
