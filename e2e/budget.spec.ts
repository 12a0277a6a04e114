import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import { expect, test } from './fixtures'

/** The JavaScript the list page loads, gzip-compressed, may not exceed this. */
const BUDGET_BYTES = 120 * 1000

test('the JavaScript loaded by / stays within the 120 kB gzip budget', async ({ page }) => {
  const scripts = new Set<string>()
  page.on('request', (request) => {
    if (request.resourceType() === 'script') scripts.add(new URL(request.url()).pathname)
  })
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()

  // Sizes come from the built files, not the wire, so the figure is the same on every run.
  const sizes = [...scripts].map((pathname) => ({
    pathname,
    gzipBytes: gzipSync(readFileSync(new URL(`../dist${pathname}`, import.meta.url))).length,
  }))
  const total = sizes.reduce((sum, { gzipBytes }) => sum + gzipBytes, 0)
  test.info().annotations.push({ type: 'js-gzip-bytes', description: `${total} bytes over ${sizes.length} files` })
  console.log(`JavaScript loaded by /: ${(total / 1000).toFixed(1)} kB gzip`, sizes)
  expect(sizes.length).toBeGreaterThan(0)
  expect(total).toBeLessThanOrEqual(BUDGET_BYTES)
})
