import type { Locator, Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test, waitForApp } from '../fixtures'

// Built from 300 articles made by src/scripts/generate-corpus.ts (seed 7): the list has
// enough people, places, datelines and dates for search and facets to mean something.

const status = (page: Page) => page.getByRole('main').getByRole('status')
const results = (page: Page) => page.getByRole('main').getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2 }) })
const filtersButton = (page: Page) => page.getByRole('button', { name: /^Filters/ })

async function countIn(page: Page): Promise<number> {
  const text = (await status(page).textContent()) ?? ''
  const match = /^(\d+) articles?/.exec(text)
  if (!match?.[1]) throw new Error(`no count in "${text}"`)
  return Number(match[1])
}

/** Waits until the status shows a settled count, and returns it. */
async function settledCount(page: Page): Promise<number> {
  await expect(status(page)).toHaveText(/^\d+ articles?\b/)
  return countIn(page)
}

/** The first option of a facet group in the open filter panel: its name and count. */
async function firstOption(group: Locator): Promise<{ name: string; count: number; box: Locator }> {
  const box = group.getByRole('checkbox').first()
  const label = (await group.locator('label').first().textContent()) ?? ''
  const match = /^(.*)\((\d+)\)$/.exec(label.trim())
  if (!match?.[1] || !match[2]) throw new Error(`unexpected option label "${label}"`)
  return { name: match[1].trim(), count: Number(match[2]), box }
}

/**
 * Waits until the status shows this count. Not settledCount: right after a change (Escape,
 * Back) the status may still show the previous, settled count for a frame.
 */
async function expectCount(page: Page, count: number) {
  await expect(status(page)).toHaveText(new RegExp(`^${count} articles?\\b`))
}

/** Rows of the list drawn over the one before them, as "19/20". */
function overlappingRows(page: Page): Promise<string[]> {
  return page
    .getByRole('main')
    .locator('ol > li[data-index]')
    .evaluateAll((rows) => {
      const boxes = rows.map((row) => ({ index: Number(row.getAttribute('data-index')), box: row.getBoundingClientRect() })).sort((a, b) => a.index - b.index)
      return boxes.flatMap((row, at) => {
        const before = boxes[at - 1]
        return before && row.box.top < before.box.bottom - 1 ? [`${before.index}/${row.index}`] : []
      })
    })
}

async function resultDates(page: Page): Promise<string[]> {
  return results(page).locator('time').evaluateAll((times) => times.map((time) => time.getAttribute('datetime') ?? ''))
}

test('the list shows every article, and facets narrow it with the counts they promised', async ({ page }) => {
  // Five steps through history, and axe over a filter panel of a few hundred names.
  test.setTimeout(60_000)
  await page.goto('/')
  await expectCount(page, 300)
  await filtersButton(page).click()
  const people = page.getByRole('group', { name: 'People' })
  await expect(people.getByRole('checkbox').first()).toBeVisible()
  await expectNoAxeViolations(page)

  const person = await firstOption(people)
  await person.box.check()
  await expect(page).toHaveURL(new RegExp(`person=${encodeURIComponent(person.name).replace(/%20/g, '(\\+|%20)')}`))
  await expectCount(page, person.count)
  await expect(page.getByRole('button', { name: `Remove filter Person: ${person.name}` })).toBeVisible()

  // A place within those results narrows further, to the count it showed.
  const place = await firstOption(page.getByRole('group', { name: 'Places' }))
  await place.box.check()
  await expectCount(page, place.count)
  expect(place.count).toBeLessThanOrEqual(person.count)

  // Back steps out of the place, then out of the person.
  await page.goBack()
  await expectCount(page, person.count)
  await page.goBack()
  await expectCount(page, 300)
  await page.goForward()
  await expectCount(page, person.count)
})

test('datelines, organisations and a date range filter, alone and combined', async ({ page }) => {
  await page.goto('/')
  await filtersButton(page).click()
  const dateline = await firstOption(page.getByRole('group', { name: 'Dateline' }))
  await dateline.box.check()
  await expectCount(page, dateline.count)
  const filedFrom = new RegExp(dateline.name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'i')
  for (const row of await results(page).all()) await expect(row.getByRole('paragraph').first()).toContainText(filedFrom)
  await dateline.box.uncheck()

  const organisation = await firstOption(page.getByRole('group', { name: 'Organisations' }))
  await organisation.box.check()
  await expectCount(page, organisation.count)
  await organisation.box.uncheck()

  await page.getByLabel('From', { exact: true }).fill('2024-01-01')
  await page.getByLabel('To', { exact: true }).fill('2024-06-30')
  const inHalfYear = await settledCount(page)
  expect(inHalfYear).toBeGreaterThan(0)
  expect(inHalfYear).toBeLessThan(300)
  for (const date of await resultDates(page)) expect(date >= '2024-01-01' && date <= '2024-06-30').toBe(true)

  await dateline.box.check()
  const both = await settledCount(page)
  expect(both).toBeLessThanOrEqual(Math.min(inHalfYear, dateline.count))
  for (const date of await resultDates(page)) expect(date >= '2024-01-01' && date <= '2024-06-30').toBe(true)
})

test('sorting: newest first, oldest first, and by relevance when searching', async ({ page }) => {
  await page.goto('/')
  const newest = await resultDates(page)
  expect(newest).toEqual([...newest].sort().reverse())
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('Oldest first')
  await expect(page).toHaveURL(/sort=oldest/)
  await expect(status(page)).toContainText('oldest first')
  const oldest = await resultDates(page)
  expect(oldest).toEqual([...oldest].sort())
  expect((oldest[0] ?? '') < (newest[0] ?? '')).toBe(true)

  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('marathon')
  await expect(page.getByRole('combobox', { name: 'Sort' })).toHaveValue('relevance')
  const count = await settledCount(page)
  expect(count).toBeGreaterThan(0)
  // The most relevant has the word where it weighs most: in its headline or dek.
  await expect(results(page).first().locator('mark.search-hit').first()).toBeVisible()
})

test('search matches as you type, forgives a typo, and emphasises what matched', async ({ page }) => {
  await page.goto('/')
  await filtersButton(page).click()
  const person = await firstOption(page.getByRole('group', { name: 'People' }))
  await filtersButton(page).click()
  const surname = person.name.split(' ').at(-1) ?? person.name
  const box = page.getByRole('searchbox', { name: 'Search articles' })

  await box.fill(surname.slice(0, 4))
  const prefixCount = await settledCount(page)
  await box.fill(surname)
  const exactCount = await settledCount(page)
  expect(exactCount).toBeGreaterThanOrEqual(person.count)
  expect(prefixCount).toBeGreaterThanOrEqual(exactCount)
  await expect(results(page).first().locator('mark.search-hit').first()).toBeVisible()

  // One letter wrong, in a longer word, still finds the same articles.
  if (surname.length >= 5) {
    const typo = `${surname.slice(0, -2)}${surname.at(-1)}${surname.at(-2)}`
    await box.fill(typo)
    expect(await settledCount(page)).toBeGreaterThanOrEqual(person.count)
  }
  await box.fill('zzqxv')
  await expect(status(page)).toHaveText('0 articles match “zzqxv”')
  await expect(page.getByText('No articles match')).toBeVisible()
})

test('rows show the passage around the search words, those further down once scrolled to', async ({ page }) => {
  await page.goto('/')
  // "said" is in the body of every generated article, past its lede.
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('said')
  expect(await settledCount(page)).toBeGreaterThan(20)
  const passage = (row: Locator) => row.getByRole('paragraph').filter({ hasText: /^From the article: / })
  await expect(passage(results(page).first()).locator('mark.search-hit').first()).toHaveText(/^said$/i)
  // A row several screens down: its passage shows once the reader gets there.
  const far = results(page).nth(16)
  await far.scrollIntoViewIfNeeded()
  await expect(passage(far)).toBeVisible()
  await expect(passage(far).locator('mark.search-hit').first()).toHaveText(/^said$/i)
})

test('a first letter leaves the list as it is; after a search that found nothing, rows are listed one below another', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('searchbox', { name: 'Search articles' })
  const all = await settledCount(page)
  // A search needs two letters: once the address has taken the first, the list is as it was.
  await box.press('s')
  await expect(page).toHaveURL(/[?&]q=s(&|$)/)
  await expect(status(page)).toHaveText(`${all} articles, newest first`)
  await expect(page.getByText('No articles match')).toBeHidden()

  await box.fill('zzqxv')
  await expect(page.getByText('No articles match')).toBeVisible()
  // The list is built anew for the next search's results.
  await box.fill('said')
  await expect(status(page)).toHaveText(/match “said”$/)
  expect(await countIn(page)).toBeGreaterThan(25)
  // Past the first twenty, rows are drawn as they come near the screen.
  await results(page).nth(19).scrollIntoViewIfNeeded()
  await expect(results(page).nth(21)).toBeVisible()
  await expect.poll(() => overlappingRows(page)).toEqual([])
})

test('typed key by key, a search is one step of history, and the box follows back, forward and Clear filters', async ({ page }) => {
  await page.goto('/')
  const box = page.getByRole('searchbox', { name: 'Search articles' })
  await box.click()
  await page.keyboard.type('minister said', { delay: 30 })
  await expect(status(page)).toHaveText(/^\d+ articles? match “minister said”$/)
  await expect(page).toHaveURL(/[?&]q=minister\+said/)
  await expect(box).toHaveValue('minister said')

  await page.goBack()
  await expect(box).toHaveValue('')
  await expect(status(page)).toHaveText(/newest first$/)
  await page.goForward()
  await expect(box).toHaveValue('minister said')
  await expect(status(page)).toHaveText(/match “minister said”$/)

  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expect(box).toHaveValue('')
  await expect(page).not.toHaveURL(/q=/)
})

test('a copied filtered view opens the same results in a fresh browser', async ({ page, browser, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write'])
  await page.goto('/')
  await filtersButton(page).click()
  await (await firstOption(page.getByRole('group', { name: 'Places' }))).box.check()
  await page.getByRole('combobox', { name: 'Sort' }).selectOption('Oldest first')
  const count = await settledCount(page)
  // The top of the list: how many rows are drawn beyond it depends on the screen and the moment.
  const headlines = (await results(page).getByRole('heading', { level: 2 }).allTextContents()).slice(0, 4)
  expect(headlines).toHaveLength(Math.min(4, count))
  await page.getByRole('button', { name: 'Copy link' }).click()
  const link = await page.evaluate(() => navigator.clipboard.readText())
  expect(link).toBe(page.url())

  const fresh = await browser.newContext()
  const other = await fresh.newPage()
  await other.goto(link)
  await waitForApp(other)
  expect(await settledCount(other)).toBe(count)
  expect((await results(other).getByRole('heading', { level: 2 }).allTextContents()).slice(0, 4)).toEqual(headlines)
  await fresh.close()
})

test('saved and has-highlights filters, alone and combined', async ({ page }) => {
  await page.goto('/')
  const rows = results(page)
  const first = (await rows.nth(0).getByRole('heading', { level: 2 }).textContent()) ?? ''
  const second = (await rows.nth(1).getByRole('heading', { level: 2 }).textContent()) ?? ''
  await rows.nth(0).getByRole('button', { name: /^Save/ }).click()
  await rows.nth(1).getByRole('button', { name: /^Save/ }).click()
  await expect(rows.nth(1).getByRole('button', { name: /^Save/ })).toHaveAttribute('aria-pressed', 'true')

  // A highlight in the second article.
  await rows.nth(1).getByRole('link', { name: second }).click()
  const firstParagraph = page.locator('.article-text p').first()
  await firstParagraph.focus()
  await page.keyboard.press('s')
  await page.keyboard.press('h')
  await expect(page.locator('.article-text mark')).toHaveCount(1)
  await page.getByRole('link', { name: 'All articles' }).click()

  await filtersButton(page).click()
  await page.getByRole('checkbox', { name: 'Saved' }).check()
  await expectCount(page, 2)
  await expect(results(page).getByRole('heading', { level: 2 })).toHaveText([first, second])
  await page.getByRole('checkbox', { name: 'Has highlights' }).check()
  await expectCount(page, 1)
  await expect(results(page).getByRole('heading', { level: 2 })).toHaveText([second])
  await page.getByRole('checkbox', { name: 'Saved' }).uncheck()
  await expectCount(page, 1)
  await page.getByRole('button', { name: 'Clear filters' }).click()
  await expectCount(page, 300)
})

test('the list works from the keyboard alone', async ({ page }) => {
  await page.goto('/')
  await page.keyboard.press('/')
  const box = page.getByRole('searchbox', { name: 'Search articles' })
  await expect(box).toBeFocused()
  await page.keyboard.type('marathon')
  // The status names the words the results on screen answer: count once they are the word's.
  await expect(status(page)).toHaveText(/match “marathon”/)
  const count = await settledCount(page)
  expect(count).toBeGreaterThan(1)
  await page.keyboard.press('Escape')
  await expect(box).toHaveValue('')
  await expectCount(page, 300)
  await page.keyboard.press('Escape')
  await expect(box).not.toBeFocused()

  await page.keyboard.press('j')
  const firstLink = results(page).nth(0).getByRole('link').first()
  await expect(firstLink).toBeFocused()
  await page.keyboard.press('j')
  const secondLink = results(page).nth(1).getByRole('link').first()
  await expect(secondLink).toBeFocused()
  await page.keyboard.press('k')
  await expect(firstLink).toBeFocused()
  const headline = (await firstLink.textContent()) ?? ''
  await page.keyboard.press('Enter')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(headline)
})

test('the article page links who and where to their pages, and those to the filtered list', async ({ page }) => {
  await page.goto('/')
  const articleLink = results(page).first().getByRole('heading', { level: 2 }).getByRole('link')
  const headline = (await articleLink.textContent()) ?? ''
  await articleLink.click()
  const about = page.getByRole('region', { name: 'In this article' })
  const entity = about.getByRole('link').first()
  const name = (await entity.textContent()) ?? ''
  await entity.click()
  await expect(page).toHaveURL(/\/(people|places|organisations)\/[a-z0-9-]+$/)
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(name)
  await expect(page.getByRole('region', { name: 'Articles', exact: true }).getByRole('link', { name: headline, exact: true })).toBeVisible()
  await page.getByRole('link', { name: `Filter the list by ${name}` }).click()
  await expect(page.getByRole('button', { name: new RegExp(`Remove filter (Person|Place|Organisation): ${name}`) })).toBeVisible()
  expect(await settledCount(page)).toBeGreaterThan(0)
})
