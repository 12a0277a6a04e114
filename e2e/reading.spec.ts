import { readFileSync } from 'node:fs'
import { expect, expectNoAxeViolations, test } from './fixtures'

const HEADLINE = 'Kim Jong Un held the first public commemoration for North Korean troops'
const CANONICAL = '/articles/kim-jong-un-held-the-first-public-commemoration-1195f8b0'
const CAPTION = 'Performers on stage in front of a screen showing North Korean leader Kim Jong Un draping coffins with the national flag.'

// The seed file's paragraphs as a reader should see them: the lede (after the dateline), then ten more.
const seed = readFileSync(new URL('../src/content/articles/000_1195f8b02fb32f15.txt', import.meta.url), 'utf8')
const [opening = '', ...body] = seed.trim().split(/\n\s*\n/)
const PARAGRAPHS = [opening.slice(opening.indexOf('SEOUL—') + 'SEOUL—'.length), ...body]

test('the list shows the seed article, and its headline opens the article', async ({ page }) => {
  await page.goto('/')
  const main = page.getByRole('navigation', { name: 'Main' })
  await expect(main.getByRole('link', { name: 'Articles' })).toBeVisible()
  await expect(page).toHaveTitle('Latest articles · Broadsheet')

  const item = page.getByRole('listitem').filter({ has: page.getByRole('link', { name: HEADLINE }) })
  await expect(item).toContainText('SEOUL')
  await expect(item).toContainText('July 1, 2025')
  await expect(item).toContainText('2 min read')

  await item.getByRole('link', { name: HEADLINE }).click()
  await expect(page).toHaveURL(CANONICAL)
  await expectFullArticle(page)
})

test('reload and a direct deep link show the article', async ({ page }) => {
  await page.goto(CANONICAL)
  await expectFullArticle(page)
  await page.reload()
  await expectFullArticle(page)
})

test('back and forward move between the list and the article', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('link', { name: HEADLINE }).click()
  await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible()
  await page.goBack()
  await expect(page.getByRole('heading', { level: 1, name: 'Latest' })).toBeVisible()
  await page.goForward()
  await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible()
  await page.getByRole('link', { name: 'All articles' }).click()
  await expect(page).toHaveURL('/')
})

test('the document title follows client-side navigation from a prerendered page', async ({ page }) => {
  await page.goto(CANONICAL)
  await expect(page).toHaveTitle(`${HEADLINE} · Broadsheet`)
  await page.getByRole('link', { name: 'All articles' }).click()
  await expect(page).toHaveTitle('Latest articles · Broadsheet')
  await page.goBack()
  await expect(page).toHaveTitle(`${HEADLINE} · Broadsheet`)
  expect(await page.locator('title').count()).toBe(1)
})

test('an outdated word part of the slug is replaced by the canonical one', async ({ page }) => {
  await page.goto('/')
  await page.goto('/articles/an-old-headline-1195f8b0?from=mail')
  await expect(page).toHaveURL(`${CANONICAL}?from=mail`)
  await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible()
  // Replaced, not pushed: one step back leaves the article for the page before it.
  await page.goBack()
  await expect(page).toHaveURL('/')
})

for (const [name, path] of [
  ['an unknown article id', '/articles/kim-jong-un-deadbeef'],
  ['a slug without an id', '/articles/kim-jong-un'],
  ['an unknown path', '/no/such/page'],
  ['a malformed percent-encoding', '/articles/%E0%A4%A'],
  ['a malformed percent-encoding outside articles', '/%'],
] as const) {
  test(`${name} shows the not-found page inside the app`, async ({ page }) => {
    await page.goto(path)
    await expect(page.getByRole('heading', { level: 1, name: 'We couldn’t find that page' })).toBeVisible()
    await expect(page).toHaveTitle('Page not found · Broadsheet')
    await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
    await page.getByRole('link', { name: 'Go to the latest articles' }).click()
    await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible()
  })
}

for (const colorScheme of ['light', 'dark'] as const) {
  test(`axe finds no violations on the list, article and not-found pages (${colorScheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme })
    await page.goto('/')
    await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto(CANONICAL)
    await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible()
    await expectNoAxeViolations(page)
    await page.goto('/nowhere')
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await expectNoAxeViolations(page)
  })
}

test('the article works with the keyboard alone', async ({ page }) => {
  await page.goto('/')
  const link = page.getByRole('link', { name: HEADLINE })
  for (let presses = 0; presses < 10 && !(await link.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press('Tab')
  }
  await expect(link).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeFocused()
})

async function expectFullArticle(page: import('@playwright/test').Page) {
  await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible()
  await expect(page).toHaveTitle(`${HEADLINE} · Broadsheet`)
  const article = page.getByRole('article')
  await expect(article.getByText('SEOUL', { exact: true })).toBeVisible()
  await expect(article.locator('time[datetime="2025-07-01"]')).toHaveText('July 1, 2025')
  await expect(article.getByText(CAPTION)).toBeVisible()
  expect(PARAGRAPHS).toHaveLength(11)
  for (const paragraph of PARAGRAPHS) {
    await expect(article.getByText(paragraph, { exact: true })).toBeVisible()
  }
  await expect(article.getByText('2 min read')).toBeVisible()
  await expect(page.getByRole('navigation', { name: 'More articles' }).or(page.getByRole('link', { name: 'All articles' })).first()).toBeVisible()
}
