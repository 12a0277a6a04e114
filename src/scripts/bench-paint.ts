/**
 * How fast the prerendered pages paint, against plain HTML with the same words.
 *
 *   npm run build && npm run bench:paint [-- --loads 9 --cpu 4 --site dist]
 *
 * For the list (`/`) and the first article of the built site, it writes a control page:
 * the same words as plain HTML (the article's headline as `h1` and its paragraphs; the
 * list's headlines and deks), no CSS and no script. It serves the controls beside the
 * built site from one local server, then loads control and app in turn (interleaved, a
 * fresh browser context each load, so every load is a cold cache) in one Chromium with
 * the CPU slowed down, and prints the medians of first contentful paint and largest
 * contentful paint, the app ÷ control ratios, the main thread's long-task time after
 * first paint, layout shift, the bytes each load fetched, and the machine.
 *
 * A benchmark, not a test: it prints figures and fails only when it cannot measure.
 */
import { execFileSync } from 'node:child_process'
import { existsSync, readFileSync, statSync } from 'node:fs'
import { createServer, type Server } from 'node:http'
import { cpus, loadavg, totalmem } from 'node:os'
import path from 'node:path'
import { gzipSync } from 'node:zlib'
import { chromium, type Browser, type Page } from '@playwright/test'

const options = parseOptions(process.argv.slice(2))
const site = path.resolve(options.site)
const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const CONTROL_PREFIX = '/__control/'

// Runs in the page before any of its own scripts (a DevTools protocol injection, not subject
// to the page's policy). A string, not a function: tsx would add helpers the page lacks.
const OBSERVE_PAINT = `
(() => {
  const paint = { fcp: NaN, lcp: NaN, lcpElement: '', longTasks: 0, blocking: 0, cls: 0, lastLongTaskEnd: 0 }
  const tasks = []
  window.__paint = paint
  const describe = (element) => {
    if (!element) return '(none)'
    const text = (element.textContent || '').trim()
    return '<' + element.tagName.toLowerCase() + '> “' + text.slice(0, 40) + (text.length > 40 ? '…' : '') + '”'
  }
  const countTasks = () => {
    const after = tasks.filter((task) => task.startTime >= paint.fcp)
    paint.longTasks = after.reduce((sum, task) => sum + task.duration, 0)
    paint.blocking = after.reduce((sum, task) => sum + Math.max(0, task.duration - 50), 0)
  }
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (entry.name === 'first-contentful-paint') paint.fcp = entry.startTime
    countTasks()
  }).observe({ type: 'paint', buffered: true })
  new PerformanceObserver((list) => {
    const last = list.getEntries().at(-1)
    if (!last) return
    paint.lcp = last.startTime
    paint.lcpElement = describe(last.element)
  }).observe({ type: 'largest-contentful-paint', buffered: true })
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) paint.cls += entry.value
  }).observe({ type: 'layout-shift', buffered: true })
  new PerformanceObserver((list) => {
    for (const task of list.getEntries()) {
      tasks.push(task)
      paint.lastLongTaskEnd = Math.max(paint.lastLongTaskEnd, task.startTime + task.duration)
    }
    countTasks()
  }).observe({ type: 'longtask', buffered: true })
})()
`

type Sample = { fcp: number; lcp: number; lcpElement: string; longTasks: number; blocking: number; cls: number; bytes: number; gzipBytes: number }
type PageUnderTest = { name: string; app: string; control: string }

if (!existsSync(path.join(site, 'index.html'))) {
  console.error(`No build in ${site}: run \`npm run build\` first.`)
  process.exit(1)
}

const controls = new Map<string, string>()
const server = await serve(site, controls)
const origin = `http://localhost:${String((server.address() as { port: number }).port)}`
const browser = await chromium.launch({
  executablePath: existsSync(chromePath) ? chromePath : undefined,
  args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
})
try {
  const pages = await writeControls(browser)
  console.log(machine(browser))
  console.log(`${options.loads} loads of each page, interleaved with its control; CPU slowed down ${options.cpu}×; cold cache each load; served uncompressed from localhost\n`)
  for (const page of pages) await compare(page)
} finally {
  await browser.close()
  server.close()
}

/** Control pages from what the prerendered pages show with JavaScript off: the same words. */
async function writeControls(browser: Browser): Promise<PageUnderTest[]> {
  const context = await browser.newContext({ javaScriptEnabled: false })
  const page = await context.newPage()
  await page.goto(`${origin}/`)
  const rows = await page.locator('main ol > li').evaluateAll((items) =>
    items.map((item) => ({
      headline: item.querySelector('h2')?.textContent ?? '',
      dek: [...item.querySelectorAll('p')].at(-1)?.textContent ?? '',
    })),
  )
  const firstArticle = await page.locator('main ol > li h2 a').first().getAttribute('href')
  if (!firstArticle) throw new Error('The built list has no article to measure')
  controls.set('list.html', controlPage('Latest', [...rows.flatMap(({ headline, dek }) => [`<h2>${escape(headline)}</h2>`, `<p>${escape(dek)}</p>`])]))

  await page.goto(`${origin}${firstArticle}`)
  const headline = (await page.locator('main h1').textContent()) ?? ''
  const paragraphs = await page.locator('main article p[data-paragraph], main .article-text p').allTextContents()
  if (paragraphs.length === 0) throw new Error(`No article paragraphs found on ${firstArticle}`)
  controls.set('article.html', controlPage(headline, paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`)))
  await context.close()
  return [
    { name: `article ${firstArticle}`, app: firstArticle, control: `${CONTROL_PREFIX}article.html` },
    { name: 'list /', app: '/', control: `${CONTROL_PREFIX}list.html` },
  ]
}

function controlPage(title: string, body: string[]): string {
  return `<!doctype html>\n<html lang="en">\n<head>\n<meta charset="utf-8">\n<meta name="viewport" content="width=device-width, initial-scale=1">\n<title>${escape(title)}</title>\n</head>\n<body>\n<h1>${escape(title)}</h1>\n${body.join('\n')}\n</body>\n</html>\n`
}

async function compare(page: PageUnderTest) {
  const app: Sample[] = []
  const control: Sample[] = []
  for (let load = 0; load < options.loads; load++) {
    control.push(await measure(page.control))
    app.push(await measure(page.app))
  }
  const ratio = (key: 'fcp' | 'lcp') => median(app.map((sample) => sample[key])) / median(control.map((sample) => sample[key]))
  console.log(page.name)
  console.log(row('', ['FCP ms', 'LCP ms', 'long tasks ms', 'blocking ms', 'CLS', 'bytes (gzip)']))
  for (const [label, samples] of [['control', control], ['app', app]] as const) {
    console.log(
      row(label, [
        median(samples.map((sample) => sample.fcp)).toFixed(0),
        median(samples.map((sample) => sample.lcp)).toFixed(0),
        median(samples.map((sample) => sample.longTasks)).toFixed(0),
        median(samples.map((sample) => sample.blocking)).toFixed(0),
        median(samples.map((sample) => sample.cls)).toFixed(3),
        `${kb(median(samples.map((sample) => sample.bytes)))} (${kb(median(samples.map((sample) => sample.gzipBytes)))})`,
      ]),
    )
  }
  console.log(`  app ÷ control: FCP ${ratio('fcp').toFixed(2)}×, LCP ${ratio('lcp').toFixed(2)}×`)
  console.log(`  app's LCP element: ${mostCommon(app.map((sample) => sample.lcpElement))}\n`)
}

/** One cold load: paint timings and layout shift from the page's own observers, long tasks, bytes. */
async function measure(url: string): Promise<Sample> {
  const context = await browser.newContext()
  const page = await context.newPage()
  const cdp = await context.newCDPSession(page)
  await cdp.send('Emulation.setCPUThrottlingRate', { rate: options.cpu })
  await page.addInitScript(OBSERVE_PAINT)
  let bytes = 0
  let gzipBytes = 0
  const bodies: Promise<void>[] = []
  page.on('response', (response) => {
    bodies.push(
      response.body().then(
        (body) => {
          bytes += body.length
          gzipBytes += gzipSync(body).length
        },
        () => undefined,
      ),
    )
  })
  await page.goto(`${origin}${url}`, { waitUntil: 'load' })
  await settle(page)
  await Promise.all(bodies)
  const sample = await page.evaluate(() => (window as unknown as { __paint: Omit<Sample, 'bytes' | 'gzipBytes'> }).__paint)
  await context.close()
  return { ...sample, bytes, gzipBytes }
}

/** Until the network is quiet and the main thread has had a second without a long task. */
async function settle(page: Page) {
  await page.waitForLoadState('networkidle')
  await page.waitForFunction(() => performance.now() - (window as unknown as { __paint: { lastLongTaskEnd: number } }).__paint.lastLongTaskEnd > 1000, undefined, {
    polling: 100,
    timeout: 30_000,
  })
}

/** The built site as a static host serves it (`/a/b` → `a/b/index.html`), and the controls under /__control/. */
function serve(root: string, pages: Map<string, string>): Promise<Server> {
  const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.json': 'application/json', '.svg': 'image/svg+xml', '.txt': 'text/plain', '.webmanifest': 'application/manifest+json' }
  const server = createServer((request, response) => {
    const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://x').pathname)
    if (pathname.startsWith(CONTROL_PREFIX)) {
      const html = pages.get(pathname.slice(CONTROL_PREFIX.length))
      response.writeHead(html === undefined ? 404 : 200, { 'Content-Type': types['.html'] })
      response.end(html ?? 'not found')
      return
    }
    let file = path.join(root, pathname)
    if (!file.startsWith(root)) file = root
    if (existsSync(file) && statSync(file).isDirectory()) file = path.join(file, 'index.html')
    if (!existsSync(file)) file = path.join(root, '404.html')
    response.writeHead(file.endsWith('404.html') && !pathname.endsWith('404.html') ? 404 : 200, { 'Content-Type': types[path.extname(file)] ?? 'application/octet-stream' })
    response.end(readFileSync(file))
  })
  return new Promise((resolve) => server.listen(0, '127.0.0.1', () => resolve(server)))
}

function machine(browser: Browser): string {
  const cpu = cpus()[0]?.model ?? 'unknown CPU'
  let model = cpu
  if (model === 'unknown CPU' || model.trim() === '') {
    try {
      model = /Model name:\s*(.+)/.exec(execFileSync('lscpu', { encoding: 'utf8' }))?.[1] ?? cpu
    } catch {
      // lscpu is not everywhere; the core count and memory still say something.
    }
  }
  const load = loadavg().map((value) => value.toFixed(2)).join(' ')
  return `machine: ${model}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB RAM, load average ${load}; node ${process.version}; Chromium ${browser.version()}`
}

function parseOptions(args: string[]) {
  const value = (name: string, fallback: string) => {
    const index = args.indexOf(`--${name}`)
    return index >= 0 && args[index + 1] ? args[index + 1] ?? fallback : fallback
  }
  const loads = Number(value('loads', '9'))
  const cpu = Number(value('cpu', '4'))
  if (!Number.isInteger(loads) || loads < 1 || !(cpu >= 1)) {
    console.error('usage: bench-paint [--loads N (≥ 1)] [--cpu RATE (≥ 1)] [--site DIR]')
    process.exit(1)
  }
  return { loads, cpu, site: value('site', 'dist') }
}

function row(label: string, cells: string[]): string {
  return `  ${label.padEnd(8)}${cells.map((cell) => ` ${cell.padStart(15)}`).join('')}`
}

function median(values: number[]): number {
  const sorted = values.filter((value) => !Number.isNaN(value)).sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[middle] ?? Number.NaN) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

function mostCommon(values: string[]): string {
  const counts = new Map<string, number>()
  for (const value of values) counts.set(value, (counts.get(value) ?? 0) + 1)
  const [best, count] = [...counts].sort((a, b) => b[1] - a[1])[0] ?? ['(none)', 0]
  return `${best} (${count} of ${values.length} loads)`
}

function kb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} kB`
}

function escape(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;')
}
