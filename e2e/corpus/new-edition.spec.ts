import type { Page } from '@playwright/test'
import { CORPUS_OUT, SEED_OUT } from '../build-output'
import { expect, expectNoAxeViolations, test, waitForApp } from '../fixtures'
import { deployedSite } from './deployed-site'

// The corpus build first, then the seed build as the "new edition" (one article where there were 15).
const site = deployedSite('edition', 4180)
const ORIGIN = site.origin
// In both builds: the seed article.
const KIM = '/articles/kim-jong-un-held-the-first-public-commemoration-1195f8b0'

test.beforeAll(async () => {
  await site.publish(CORPUS_OUT)
  await site.serve()
})

test.afterAll(async () => {
  await site.close()
})

test('a new build is offered as a new edition, and the page changes only when the reader takes it', async ({ page, context, allowConsoleErrors }) => {
  allowConsoleErrors(/Failed to load resource|ERR_INTERNET_DISCONNECTED/)
  // An article read in this edition is kept for offline reading.
  await page.goto(`${ORIGIN}${KIM}`)
  await expect.poll(() => keptPage(page, KIM), { timeout: 15_000 }).not.toBeNull()
  await page.goto(`${ORIGIN}/`)
  await page.evaluate(() => navigator.serviceWorker.ready)
  const search = page.getByRole('searchbox', { name: 'Search articles' })
  await search.fill('wheat')
  const results = page.getByRole('main').getByRole('link', { name: 'Kenya expects a record wheat harvest this season' })
  await expect(results).toBeVisible()

  await site.publish(SEED_OUT)
  // The reader opens Broadsheet in another tab: the browser looks for a newer service worker.
  const other = await context.newPage()
  await other.goto(`${ORIGIN}/`)
  await waitForApp(other)

  const offer = page.getByRole('status', { name: 'New edition' })
  // Offered once the new edition is installed, which means fetching all of its code first.
  await expect(offer).toContainText('A new edition is available', { timeout: 20_000 })
  // Nothing moved under the reader: the page they were using is as they left it.
  await expect(search).toHaveValue('wheat')
  await expect(results).toBeVisible()
  await expectNoAxeViolations(page)

  await expect(offer.getByRole('button', { name: 'Reload' })).toBeVisible()
  // Taken from the keyboard (N), as the shortcuts list (?) says; the button does the same.
  await page.getByRole('heading', { level: 1 }).click()
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog').getByText('When a new edition is offered: reload to it')).toBeVisible()
  await page.keyboard.press('Escape')
  await page.keyboard.press('n')
  await expect(page.getByText('No articles match')).toBeVisible()
  await expect(search).toHaveValue('wheat')
  await search.fill('')
  await expect(page.getByRole('main').getByText('1 article', { exact: true })).toBeVisible()
  await expect(page.getByRole('status', { name: 'New edition' })).toBeHidden()

  // The kept article moves to the new edition (whose code it must name to work offline) …
  const served = await page.evaluate(async (address) => (await fetch(address, { cache: 'no-store' })).text(), KIM)
  await expect.poll(() => keptPage(page, KIM), { timeout: 15_000 }).toBe(served)
  // … and opens offline with the app running on it (page.goto waits for the app).
  await context.setOffline(true)
  await page.goto(`${ORIGIN}${KIM}`)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/^Kim Jong Un held/)
})

/** The copy of a page kept on this device for offline reading, or null. */
function keptPage(page: Page, address: string): Promise<string | null> {
  return page.evaluate(async (address) => {
    const kept = await (await caches.open('broadsheet-articles')).match(address)
    return kept ? kept.text() : null
  }, address)
}
