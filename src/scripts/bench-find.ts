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
 * Keystrokes during which the worker fetched a search shard (the first of a prefix; not the
 * shards it prefetches) are also reported on their own, with the slowest five. So are the
 * keystrokes whose results were painted with a row on screen still loading its headline (its
 * chunk of the list not fetched yet): "in the DOM" is then not yet what the reader reads.
 * BENCH_EACH_KEY=1 prints every keystroke's latency too; BENCH_IDLE_FIRST=<ms> focuses the box
 * and waits that long before typing (the shard prefetch and the facets then load before the
 * first key rather than during the first queries). BENCH_RETURNING=1 types as a returning
 * reader: the first visit's service worker installed and in charge of the page (a first visit
 * types before it registers: it waits for the reader to pause, offline/service-worker-registration.ts).
 *
 * Then scrolling: Chrome's synthetic wheel gestures fling through the list (from the top and
 * from halfway down, at 6,000–12,000 px/s), and the time between animation frames while they
 * run gives the frame-time median and 95th percentile, and the frames dropped (an interval of
 * n frames at 60 Hz drops n − 1).
 */
import { spawn, type ChildProcess } from 'node:child_process'
import { readdirSync, readFileSync } from 'node:fs'
import { cpus, totalmem } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Page } from '@playwright/test'
import { SEARCH_MIN_LENGTH } from '../features/find/find-params'

const QUERIES = ['ukraine', 'election results', 'central bank', 'marathon seoul', 'climate summit', 'minister said', 'pyongyang', 'goverment budget', 'president', 'football']
const LOADS = 5
const FRAME_MS = 1000 / 60
/** Each fling: how far (px) and how fast (px/s), as Chrome's own synthetic scroll gesture. */
const FLINGS = [
  { distance: 30_000, speed: 6000 },
  { distance: 30_000, speed: 12_000 },
  { distance: -20_000, speed: 8000 },
]
// A string: tsx would wrap a named function in a helper the page does not have.
const RECORD_FRAMES = `(() => {
  const times = []
  window.benchFrames = times
  requestAnimationFrame(function tick(now) {
    times.push(now)
    if (window.benchFrames === times) requestAnimationFrame(tick)
  })
})()`
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
  const list = JSON.parse(readFileSync(path.join(site, readListFile(site)), 'utf8')) as { count: number; find: { searchUrl: string } }
  const prefetched = prefetchedShardPaths(site, list.find.searchUrl)
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
      firstPaintBytes = await bytes.total()
      await context.close()
    }

    const context = await browser.newContext()
    const page = await context.newPage()
    if (process.env.BENCH_RETURNING) await visitUntilServiceWorkerInstalled(page)
    await page.goto(`http://localhost:${PORT}/`)
    await page.locator('html[data-app-ready]:not([data-parts-loading])').waitFor({ state: 'attached' })
    const box = page.getByRole('searchbox', { name: 'Search articles' })
    const searchBytes = countBytes(page)
    const latencies: number[] = []
    const answered: number[] = []
    const painted: number[] = []
    // Keystrokes during which the worker fetched a search shard: the first of each prefix.
    const fetching: { typed: string; ms: number }[] = []
    let shardRequests = 0
    // Keystrokes whose results were painted with a row on screen still loading its headline.
    const unfinished: string[] = []
    // The worker's own prefetch (after the box gains focus) is not a keystroke's fetch: a keystroke
    // that needs a shard still being prefetched waits for that request rather than making one.
    page.on('request', (request) => {
      const { pathname } = new URL(request.url())
      if (/\/find\/search\/[^/]+$/.test(pathname) && !prefetched.has(pathname)) shardRequests++
    })
    // Playwright compiles its helper script into the page on the first waitForFunction: done
    // here, not during the first keystroke (a trace showed it taking the main thread for ~100 ms
    // between the keystroke and its results, the harness's time, not the app's).
    await page.waitForFunction(() => true)
    if (process.env.BENCH_IDLE_FIRST) {
      await box.focus()
      await page.waitForTimeout(Number(process.env.BENCH_IDLE_FIRST))
    }
    for (const query of QUERIES) {
      await box.fill('')
      await settle(page)
      await page.evaluate(() => {
        performance.clearMeasures()
      })
      for (let at = 0; at < query.length; at++) {
        const key = query.charAt(at)
        // A first letter is not a search yet (find-params.ts searchText): no results to wait for.
        if (query.slice(0, at + 1).trim().length < SEARCH_MIN_LENGTH) {
          await box.press(key)
          continue
        }
        // As a person types: each key once the last one's results are on screen.
        const shown = (await measures(page, 'find:results-painted')).length
        const requestsBefore = shardRequests
        await box.press(key === ' ' ? 'Space' : key)
        await page.waitForFunction((count) => performance.getEntriesByName('find:results-painted', 'measure').length > count, shown)
        if (await loadingRowOnScreen(page)) unfinished.push(query.slice(0, at + 1))
        if (shardRequests > requestsBefore) fetching.push({ typed: query.slice(0, at + 1), ms: (await measures(page, 'find:results')).at(-1) ?? Number.NaN })
        if (process.env.BENCH_EACH_KEY) {
          const [answer, results] = [(await measures(page, 'find:answered')).at(-1), (await measures(page, 'find:results')).at(-1)]
          console.log(`    "${query.slice(0, at + 1)}": answered ${answer?.toFixed(1) ?? '-'} ms, in the DOM ${results?.toFixed(1) ?? '-'} ms${shardRequests > requestsBefore ? ' (fetched a shard)' : ''}`)
        }
      }
      answered.push(...(await measures(page, 'find:answered')))
      latencies.push(...(await measures(page, 'find:results')))
      painted.push(...(await measures(page, 'find:results-painted')))
    }
    await context.close()

    const scrolling = await flingThroughList(list.count)

    console.log(`\n${site}: ${list.count} articles${process.env.BENCH_RETURNING ? ' (search typed by a returning reader, under the service worker)' : ''}`)
    console.log(`  first list paint: median ${median(paints).toFixed(0)} ms over ${LOADS} fresh loads; ${firstPaintBytes} (HTML, CSS, JavaScript, data)`)
    console.log(`  search data fetched over the ${QUERIES.length} queries: ${await searchBytes.total()} (facets, search manifest and shards, article files for snippets)`)
    console.log(`  keystroke to the worker's answer: ${summary(answered, 'answers')}`)
    console.log(`  keystroke to results in the DOM: ${summary(latencies)}`)
    console.log(`  keystroke to the frame that shows them: ${summary(painted)}`)
    console.log(`  keystrokes painted with a row on screen still loading: ${unfinished.length} of ${latencies.length}${unfinished.length > 0 ? ` (${unfinished.slice(0, 8).map((typed) => `"${typed}"`).join(', ')}${unfinished.length > 8 ? ', …' : ''})` : ''}`)
    const slowest = [...fetching].sort((a, b) => b.ms - a.ms)
    console.log(`  keystrokes that fetched a shard: ${fetching.length}, to results ${summary(fetching.map(({ ms }) => ms))}`)
    console.log(`    slowest: ${slowest.slice(0, 5).map(({ typed, ms }) => `"${typed}" ${ms.toFixed(0)} ms`).join(', ')}`)
    const dropped = scrolling.reduce((sum, ms) => sum + Math.max(0, Math.round(ms / FRAME_MS) - 1), 0)
    console.log(`  flinging through the list: frame time ${summary(scrolling, 'frames')}; ${dropped} frames dropped (${((100 * dropped) / (dropped + scrolling.length)).toFixed(1)}%)`)
  } finally {
    server.kill()
  }
}

/**
 * Flings through the list with Chrome's synthetic wheel gestures, from the top and from the
 * middle of the list, and returns the time between frames while they ran.
 */
async function flingThroughList(count: number): Promise<number[]> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } })
  const page = await context.newPage()
  await page.goto(`http://localhost:${PORT}/`)
  await page.locator('html[data-app-ready]:not([data-parts-loading])').waitFor({ state: 'attached' })
  const cdp = await context.newCDPSession(page)
  const frames: number[] = []
  for (const start of [0, 0.5]) {
    // Halfway down a list of 100,000 rows: rows the virtualiser has never measured.
    await page.evaluate((fraction) => {
      window.scrollTo(0, fraction * document.documentElement.scrollHeight)
    }, start)
    await page.waitForTimeout(300)
    for (const { distance, speed } of FLINGS) {
      await page.evaluate(RECORD_FRAMES)
      await cdp.send('Input.synthesizeScrollGesture', { x: 640, y: 450, yDistance: -distance, speed, gestureSourceType: 'mouse', preventFling: false })
      const times = await page.evaluate(() => {
        const recorded = (window as unknown as { benchFrames?: number[] }).benchFrames ?? []
        Object.assign(window, { benchFrames: undefined })
        return recorded
      })
      for (let at = 1; at < times.length; at++) frames.push((times[at] ?? 0) - (times[at - 1] ?? 0))
    }
  }
  if (count > 20 && frames.length < 30) throw new Error(`only ${frames.length} frames while flinging: did the page scroll?`)
  await context.close()
  return frames
}

/** Whether a row in the viewport still shows "Loading…" where its headline will be. */
function loadingRowOnScreen(page: Page): Promise<boolean> {
  return page.evaluate(() =>
    [...document.querySelectorAll('main ol > li [aria-busy="true"]')].some((row) => {
      const box = row.getBoundingClientRect()
      return box.bottom > 0 && box.top < innerHeight
    }),
  )
}

function measures(page: Page, name: string): Promise<number[]> {
  return page.evaluate((measure) => performance.getEntriesByName(measure, 'measure').map((entry) => entry.duration), name)
}

function summary(values: number[], what = 'keystrokes'): string {
  return `median ${percentile(values, 0.5).toFixed(1)} ms, p95 ${percentile(values, 0.95).toFixed(1)} ms, max ${Math.max(...values).toFixed(1)} ms over ${values.length} ${what}`
}

/** A first visit, left alone until its service worker has installed (precached the app) and is active. */
async function visitUntilServiceWorkerInstalled(page: Page) {
  await page.goto(`http://localhost:${PORT}/`)
  await page.evaluate(async () => {
    await navigator.serviceWorker.ready
  })
}

/** Waits until the list's status names a settled count (not "Searching…"). */
async function settle(page: Page) {
  await page.getByRole('main').getByRole('status').filter({ hasText: /^\d+ articles?\b/ }).waitFor()
}

/**
 * Bytes of every response body, uncompressed and gzipped (as a host would send them). Only
 * the addresses are noted while the page runs; the bodies are fetched again and weighed
 * afterwards: reading each body over the DevTools protocol and gzipping it while the reader
 * types slowed the very keystrokes being timed (a 2-core machine).
 */
function countBytes(page: Page) {
  const urls: string[] = []
  page.on('response', (response) => {
    urls.push(response.url())
  })
  return {
    total: async () => {
      let raw = 0
      let gzip = 0
      for (const url of [...urls]) {
        const response = await fetch(url)
        if (!response.ok) continue
        const body = Buffer.from(await response.arrayBuffer())
        raw += body.length
        gzip += gzipSync(body).length
      }
      return `${kib(raw)} KiB (${kib(gzip)} KiB gzip)`
    },
  }
}

function kib(bytes: number): string {
  return (bytes / 1024).toFixed(1)
}

async function firstContentfulPaint(page: Page): Promise<number> {
  // Observed, not read once: the list's first row can be in the DOM before the paint entry is.
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        new PerformanceObserver((entries) => {
          const paint = entries.getEntriesByName('first-contentful-paint')[0]
          if (paint) resolve(paint.startTime)
        }).observe({ type: 'paint', buffered: true })
      }),
  )
}

/** The addresses of the search shards the site's manifest has the worker fetch ahead. */
function prefetchedShardPaths(site: string, searchUrl: string): Set<string> {
  const manifest = JSON.parse(readFileSync(path.join(site, searchUrl), 'utf8')) as { shardUrls: Record<string, string>; prefetch?: string[] }
  return new Set((manifest.prefetch ?? []).map((key) => manifest.shardUrls[key] ?? ''))
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
