import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { routesReportPath, type RoutesReport } from '../src/build/route-scripts'
import { SEED_OUT } from './build-output'
import { expect, test } from './fixtures'
import { ARTICLE } from './highlight-helpers'

/**
 * The JavaScript a page must load before it can hydrate, gzip-compressed, may not exceed
 * this, for the list, an article, an entity's page and the highlights view: the entry with everything it
 * imports, and the page's own code (src/build/route-scripts.ts reads them from the build's
 * chunk graph). The page's interactive parts load after it and are reported, not counted.
 */
const BUDGET_BYTES = 110 * 1000
const PAGES = [
  { route: 'list', path: '/' },
  { route: 'article', path: ARTICLE },
  { route: 'entity', path: '/people/kim-jong-un' },
  { route: 'highlights', path: '/highlights' },
] as const

const dist = new URL(`../${SEED_OUT}/`, import.meta.url)
const gzipBytes = (file: string) => gzipSync(readFileSync(new URL(file, dist))).length
const kB = (bytes: number) => `${(bytes / 1000).toFixed(1)} kB`

for (const { route, path } of PAGES) {
  test(`the JavaScript ${path} loads before hydrating stays within ${kB(BUDGET_BYTES)} gzip`, async ({ page }) => {
    // Sizes come from the built files, not the wire, so the figure is the same on every run.
    const report = JSON.parse(readFileSync(routesReportPath(SEED_OUT), 'utf8')) as RoutesReport
    const { beforeHydration } = report[route]
    const beforeBytes = beforeHydration.reduce((sum, file) => sum + gzipBytes(file), 0)

    // What the page then loads by itself, with nobody touching it.
    const loaded = new Set<string>()
    page.on('request', (request) => {
      if (request.resourceType() === 'script') loaded.add(new URL(request.url()).pathname.slice(1))
    })
    await page.goto(path, { waitUntil: 'networkidle' })
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    for (const file of beforeHydration) expect(loaded, `${file} is loaded by ${path}`).toContain(file)
    const after = [...loaded].filter((file) => !beforeHydration.includes(file))
    const afterBytes = after.reduce((sum, file) => sum + gzipBytes(file), 0)

    const figure = `${path}: ${kB(beforeBytes)} gzip before hydrating (${beforeHydration.length} files), then ${kB(afterBytes)} for its interactive parts (${after.length} files)`
    test.info().annotations.push({ type: 'budget', description: figure })
    console.log(figure)
    expect(beforeBytes).toBeLessThanOrEqual(BUDGET_BYTES)
  })
}
