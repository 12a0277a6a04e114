import { readFileSync } from 'node:fs'
import { gzipSync } from 'node:zlib'
import type { Manifest } from 'vite'
import { expect, test } from './fixtures'

/**
 * The page's first-load JavaScript, gzip-compressed, may not exceed this: the entry script
 * of `/` and every module it imports statically, which the page needs before it can run.
 * Code split off behind dynamic imports (other routes, the reader's stored data, the list
 * virtualiser) is reported beside it, not counted.
 */
const BUDGET_BYTES = 120 * 1000
const dist = new URL('../dist/', import.meta.url)

function gzipBytes(file: string): number {
  return gzipSync(readFileSync(new URL(file, dist))).length
}

test('the first-load JavaScript of / stays within the 120 kB gzip budget', async ({ page }) => {
  // Sizes come from the built files, not the wire, so the figure is the same on every run.
  const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8')) as Manifest
  const firstLoad = new Set<string>()
  const visit = (key: string) => {
    const chunk = manifest[key]
    if (!chunk || firstLoad.has(chunk.file)) return
    firstLoad.add(chunk.file)
    for (const imported of chunk.imports ?? []) visit(imported)
  }
  visit('index.html')
  const firstLoadBytes = [...firstLoad].reduce((sum, file) => sum + gzipBytes(file), 0)

  // What the page then loads by itself, with nobody touching it.
  const loaded = new Set<string>()
  page.on('request', (request) => {
    if (request.resourceType() === 'script') loaded.add(new URL(request.url()).pathname.slice(1))
  })
  await page.goto('/', { waitUntil: 'networkidle' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  for (const file of firstLoad) expect(loaded, `${file} is loaded by /`).toContain(file)
  const deferred = [...loaded].filter((file) => !firstLoad.has(file))
  const deferredBytes = deferred.reduce((sum, file) => sum + gzipBytes(file), 0)

  const report = `first-load JavaScript of /: ${(firstLoadBytes / 1000).toFixed(1)} kB gzip in ${firstLoad.size} files; loaded after it without interaction: ${(deferredBytes / 1000).toFixed(1)} kB gzip (${deferred.join(', ')})`
  test.info().annotations.push({ type: 'bundle', description: report })
  console.log(report)
  expect(firstLoadBytes).toBeLessThanOrEqual(BUDGET_BYTES)
})
