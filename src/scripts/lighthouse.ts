/**
 * Lighthouse (mobile, the default profile) on the built site: runs each page a few times and
 * reports the median of each category score and of the paint and blocking metrics, failing
 * when performance < 0.98 or accessibility, best practices or SEO < 1 (the static-first targets).
 *
 *   npm run build && npm run lighthouse [-- --runs 3]
 *
 * Uses CHROME_PATH, else /usr/bin/chromium, else Lighthouse's own search for a Chrome.
 */
import { execFile, spawn } from 'node:child_process'
import { existsSync } from 'node:fs'
import { mkdtemp, readFile } from 'node:fs/promises'
import { cpus, loadavg, tmpdir, totalmem } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const PORT = 4180
const PAGES = ['/articles/kim-jong-un-held-the-first-public-commemoration-1195f8b0', '/']
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
const METRICS = [
  { id: 'first-contentful-paint', label: 'FCP', unit: 'ms' },
  { id: 'largest-contentful-paint', label: 'LCP', unit: 'ms' },
  { id: 'total-blocking-time', label: 'TBT', unit: 'ms' },
  { id: 'cumulative-layout-shift', label: 'CLS', unit: '' },
  { id: 'speed-index', label: 'SI', unit: 'ms' },
] as const
const runs = Number(process.argv[process.argv.indexOf('--runs') + 1]) || 3

if (!existsSync('dist/index.html')) {
  console.error('No build found: run `npm run build` first.')
  process.exit(1)
}
const chromePath = process.env.CHROME_PATH ?? (existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined)

// Its own process group, so stopping it stops the server npx started too.
const preview = spawn('npx', ['vite', 'preview', '--port', String(PORT), '--strictPort'], { stdio: 'ignore', detached: true })
try {
  await waitForServer(`http://localhost:${PORT}/`)
  let failed = false
  for (const page of PAGES) {
    const { scores, metrics } = await medianScores(`http://localhost:${PORT}${page}`)
    console.log(`${page}\n  ${CATEGORIES.map((category) => `${category} ${scores[category].toFixed(2)}`).join('  ')}`)
    console.log(`  ${METRICS.map(({ id, label, unit }) => `${label} ${unit === 'ms' ? Math.round(metrics[id] ?? 0) : (metrics[id] ?? 0).toFixed(3)}${unit === 'ms' ? ' ms' : ''}`).join('  ')}`)
    if (scores.performance < 0.98 || scores.accessibility < 1 || scores['best-practices'] < 1 || scores.seo < 1) failed = true
  }
  console.log(`(median of ${runs} runs; Lighthouse 12.2.3, mobile emulation, simulated throttling)`)
  console.log(`machine: ${cpus()[0]?.model ?? 'unknown CPU'}, ${cpus().length} cores, ${Math.round(totalmem() / 2 ** 30)} GB, load average ${loadavg().map((value) => value.toFixed(2)).join(' ')}; node ${process.version}`)
  process.exitCode = failed ? 1 : 0
} finally {
  if (preview.pid) process.kill(-preview.pid)
}

async function medianScores(url: string): Promise<{ scores: Record<(typeof CATEGORIES)[number], number>; metrics: Record<string, number> }> {
  const samples: Record<string, number>[] = []
  const metricSamples: Record<string, number>[] = []
  const dir = await mkdtemp(path.join(tmpdir(), 'lighthouse-'))
  for (let index = 0; index < runs; index++) {
    const output = path.join(dir, `run-${index}.json`)
    await run(
      'npx',
      [
        'lighthouse',
        url,
        '--quiet',
        '--output=json',
        `--output-path=${output}`,
        `--only-categories=${CATEGORIES.join(',')}`,
        '--chrome-flags=--headless=new --no-sandbox --disable-gpu --disable-dev-shm-usage --disable-background-networking --disable-component-update --disable-sync --no-first-run',
      ],
      { env: { ...process.env, ...(chromePath ? { CHROME_PATH: chromePath } : {}) }, maxBuffer: 64 * 1024 * 1024 },
    )
    const report = JSON.parse(await readFile(output, 'utf8')) as { categories: Record<string, { score: number }>; audits: Record<string, { numericValue?: number }> }
    samples.push(Object.fromEntries(CATEGORIES.map((category) => [category, report.categories[category]?.score ?? 0])))
    metricSamples.push(Object.fromEntries(METRICS.map(({ id }) => [id, report.audits[id]?.numericValue ?? 0])))
  }
  const scores = Object.fromEntries(CATEGORIES.map((category) => [category, median(samples.map((sample) => sample[category] ?? 0))])) as Record<
    (typeof CATEGORIES)[number],
    number
  >
  const metrics = Object.fromEntries(METRICS.map(({ id }) => [id, median(metricSamples.map((sample) => sample[id] ?? 0))]))
  return { scores, metrics }
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? 0
}

async function waitForServer(url: string) {
  for (let attempt = 0; attempt < 100; attempt++) {
    if (await fetch(url).then((response) => response.ok, () => false)) return
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
  throw new Error(`${url} did not answer`)
}
