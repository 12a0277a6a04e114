import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { ARTICLE, paragraph, storedRecords } from './highlight-helpers'

const HEADLINE = 'Kim Jong Un held the first public commemoration for North Korean troops'

// A window a few screens shorter than the article, as on a laptop.
test.use({ viewport: { width: 900, height: 600 } })

/** The words at the start of the line a fifth of the way down the window, where the reader's eye is. */
function lineAtReadingLine(page: Page): Promise<string> {
  return page.evaluate(() => {
    const y = window.innerHeight * 0.2 + 2
    const text = document.querySelector('main .article-text')
    if (!text) return ''
    const box = text.getBoundingClientRect()
    const from = document.caretPositionFromPoint(box.left + 2, y)
    const to = document.caretPositionFromPoint(box.right - 2, y)
    if (!from || !to) return ''
    const line = document.createRange()
    line.setStart(from.offsetNode, from.offset)
    line.setEnd(to.offsetNode, to.offset)
    return line.toString()
  })
}

/** Scrolls with the mouse wheel over the text, and waits for the place to be kept. */
async function readDown(page: Page, pixels: number) {
  await page.mouse.move(450, 300)
  await page.mouse.wheel(0, pixels)
  await expect.poll(() => storedRecords(page, 'progress')).toHaveLength(1)
}

/** Reads on, a few lines at a time, until at least `percent` of the article lies behind. */
async function readTo(page: Page, percent: number) {
  await page.mouse.move(450, 300)
  await expect(async () => {
    await page.mouse.wheel(0, 120)
    const [record] = (await storedRecords(page, 'progress')) as { percent: number }[]
    expect(record?.percent).toBeGreaterThanOrEqual(percent)
  }).toPass({ intervals: [700] })
}

test('the place a reader stopped at is offered back, survives a new text size, and the list says how far they got', async ({ page }) => {
  await page.goto(ARTICLE)
  const bar = page.locator('.reading-progress')
  expect((await bar.boundingBox())?.width).toBe(0)
  // A screen down, the bar at the top has filled part of the way.
  await page.mouse.move(450, 300)
  await page.mouse.wheel(0, 600)
  await expect.poll(async () => (await bar.boundingBox())?.width).toBeGreaterThan(50)
  expect((await bar.boundingBox())?.width).toBeLessThan(850)
  await readTo(page, 60)
  const stoppedAt = await lineAtReadingLine(page)
  expect(stoppedAt.length).toBeGreaterThan(10)
  // Kept once the page rests: the words at the start of that line.
  await expect
    .poll(async () => ((await storedRecords(page, 'progress')) as { position: { quote: string } }[])[0]?.position.quote.slice(0, 12))
    .toBe(stoppedAt.slice(0, 12))

  // The list marks the article in progress.
  await page.goto('/')
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: HEADLINE }) })
  await expect(row.getByText(/^(6\d|7\d)% read$/)).toBeVisible()

  // "Continue reading" goes straight back to the place, without asking.
  await row.getByRole('link', { name: `Continue reading “${HEADLINE}”` }).click()
  await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible()
  await expect.poll(() => lineAtReadingLine(page)).toBe(stoppedAt)
  await expect(page.getByText(/You stopped \d+% of the way through/)).toBeHidden()

  // Opening the article again starts at the top, and offers the place; it never jumps uninvited.
  await page.goto('/')
  await page.goto(ARTICLE)
  const offer = page.getByRole('region', { name: /You stopped \d+% of the way through/ })
  await expect(offer).toBeVisible()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
  await expectNoAxeViolations(page)

  // A larger text size wraps every line anew: the place is words, so it is still found.
  await page.keyboard.press('+')
  await page.keyboard.press('+')
  await page.reload()
  await expect(paragraph(page, 'Kim Jong Un held the first public')).toHaveCSS('font-size', '24px')
  await offer.getByRole('button', { name: 'Continue reading' }).click()
  await expect(offer).toBeHidden()
  const firstWords = stoppedAt.split(' ').slice(0, 3).join(' ')
  expect(await lineAtReadingLine(page)).toContain(firstWords)
})

test('the offer to go back works from the keyboard, and "Not now" leaves the reader where they are', async ({ page }) => {
  await page.goto(ARTICLE)
  await readDown(page, 900)
  // A reload puts the reader back where they were by itself: nothing to offer.
  await page.reload()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
  await page.waitForTimeout(500)
  await expect(page.getByRole('region', { name: /You stopped/ })).toBeHidden()

  await page.goto('/')
  await page.goto(ARTICLE)
  const offer = page.getByRole('region', { name: /You stopped/ })
  await expect(offer).toBeVisible()
  // The offer comes first in the keyboard's order after the site's header.
  const continueButton = offer.getByRole('button', { name: 'Continue reading' })
  for (let presses = 0; presses < 8 && !(await continueButton.evaluate((button) => button === document.activeElement)); presses++) await page.keyboard.press('Tab')
  await expect(continueButton).toBeFocused()
  await page.keyboard.press('Tab')
  await expect(offer.getByRole('button', { name: 'Not now' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect(offer).toBeHidden()
  expect(await page.evaluate(() => window.scrollY)).toBe(0)

  // Its shortcut, listed under ?, takes the offer from anywhere on the page.
  await page.goto('/')
  await page.goto(ARTICLE)
  await expect(offer).toBeVisible()
  await page.keyboard.press('c')
  await expect(offer).toBeHidden()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(500)
  await page.keyboard.press('?')
  await expect(page.getByRole('dialog', { name: /shortcuts/i }).getByText('When offered: continue reading where you stopped')).toBeVisible()
})

test('a link to a passage opens at the passage, with no offer to go elsewhere', async ({ page }) => {
  await page.goto(ARTICLE)
  await readDown(page, 900)
  await page.goto('/')
  await page.goto(`${ARTICLE}#:~:text=Kim%20shed%20tears`)
  await expect(page.getByRole('complementary', { name: 'Shared passage' })).toBeVisible()
  // Reading progress has loaded by the time the article is live; give it a moment more to be sure.
  await page.waitForTimeout(500)
  await expect(page.getByRole('region', { name: /You stopped/ })).toBeHidden()
})

test('an article read to the end is marked read in the list, and "Mark as unread" forgets it', async ({ page }) => {
  await page.goto(ARTICLE)
  await page.mouse.move(450, 300)
  await page.keyboard.press('End')
  await expect.poll(async () => (await storedRecords(page, 'progress')).length).toBe(1)
  await page.goto('/')
  const row = page.getByRole('listitem').filter({ has: page.getByRole('heading', { name: HEADLINE }) })
  await expect(row.getByText('✓ Read')).toBeVisible()
  await row.getByRole('button', { name: `Mark as unread “${HEADLINE}”` }).click()
  await expect(row.getByText('✓ Read')).toBeHidden()
  await expect(row.getByRole('button', { name: /Mark as unread/ })).toBeHidden()
  await page.reload()
  await expect(row.getByRole('button', { name: 'Save' })).toBeEnabled()
  await expect(row.getByRole('button', { name: /Mark as unread/ })).toBeHidden()
  // Opening it again offers nothing: it starts from the top as a new article.
  await page.goto(ARTICLE)
  await page.waitForTimeout(500)
  await expect(page.getByRole('region', { name: /You stopped/ })).toBeHidden()
})
