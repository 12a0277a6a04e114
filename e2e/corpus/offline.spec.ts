import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from '../fixtures'
import { dragSelect, paragraph } from '../highlight-helpers'

// Three articles of the corpus: one read, one saved from the list, one never opened.
const READ = 'Japan’s central bank held interest rates steady on Monday'
const SAVED = 'Kenya expects a record wheat harvest this season'
const UNREAD = 'Norway added three new national parks on Monday'

test('after one online visit, the list and the read and saved articles open offline; an unread one says it needs a connection', async ({
  page,
  context,
  allowConsoleErrors,
}) => {
  // What the browser reports of each request the network no longer answers.
  allowConsoleErrors(/Failed to load resource|ERR_INTERNET_DISCONNECTED/)
  await page.goto('/')
  const links = page.getByRole('main').getByRole('link')
  const addresses = {
    read: await links.filter({ hasText: READ }).getAttribute('href'),
    saved: await links.filter({ hasText: SAVED }).getAttribute('href'),
    unread: await links.filter({ hasText: UNREAD }).getAttribute('href'),
  }
  await page.getByRole('button', { name: `Save “${SAVED}”` }).click()
  await expect(page.getByRole('button', { name: `Save “${SAVED}”` })).toHaveAttribute('aria-pressed', 'true')
  await links.filter({ hasText: READ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(READ)
  // Installing for offline use and keeping the articles happen while the browser is idle.
  await expect.poll(() => keptPages(page), { timeout: 15_000 }).toEqual(expect.arrayContaining([addresses.read, addresses.saved]))
  await page.evaluate(() => navigator.serviceWorker.ready)

  await context.setOffline(true)
  await page.goto('/')
  await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible()
  await expect(page.getByRole('main').getByRole('link', { name: UNREAD })).toBeVisible()
  // Before trying, the list says which articles are not on this device.
  const row = (headline: string) => page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('link', { name: headline }) })
  await expect(row(UNREAD)).toContainText('Needs a connection')
  await expect(row(READ)).not.toContainText('Needs a connection')
  await expect(row(SAVED)).not.toContainText('Needs a connection')

  await page.goto(addresses.read ?? '')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(READ)
  await page.goto(addresses.saved ?? '')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(SAVED)
  await expect(paragraph(page, 'Prices for flour')).toBeVisible()

  await page.goto(addresses.unread ?? '')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page needs a connection')
  await expectNoAxeViolations(page)
  // The same from the list, where the app itself fetches the article.
  await page.goto('/')
  await page.getByRole('main').getByRole('link', { name: UNREAD }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('This page needs a connection')
  await page.getByRole('link', { name: 'Go to the articles' }).click()
  await expect(page.getByRole('main').getByRole('link', { name: READ })).toBeVisible()

  // A highlight made offline is kept like any other.
  await page.goto(addresses.read ?? '')
  await dragSelect(page, paragraph(page, 'The decision was widely expected'), 'widely expected')
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click()
  await expect(page.locator('mark', { hasText: 'widely expected' })).toBeVisible()
  await page.reload()
  await expect(page.locator('mark', { hasText: 'widely expected' })).toBeVisible()
  await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeVisible()

  await context.setOffline(false)
  await expect(page.getByRole('status').filter({ hasText: 'You’re offline' })).toBeHidden()
})

/** The addresses of the pages kept for offline reading, as the reader's browser holds them. */
async function keptPages(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const cache = await caches.open('broadsheet-articles')
    return (await cache.keys()).map((request) => new URL(request.url).pathname)
  })
}
