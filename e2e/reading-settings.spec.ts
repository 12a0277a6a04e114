import type { Locator } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { ARTICLE, dragSelect, paragraph } from './highlight-helpers'

const FIRST_WORDS = 'Kim Jong Un held'
const SEPIA_CANVAS = 'rgb(244, 236, 216)'

// A test here blocks the app's code to see the page as it paints: page.route cannot stop what
// the service worker would answer from its cache, so these pages run without one.
test.use({ serviceWorkers: 'block' })

test('text size, theme and typeface set in the panel are on the page before it paints, and other tabs follow', async ({ page, context }, testInfo) => {
  const otherTab = await context.newPage()
  await otherTab.goto(ARTICLE)
  await page.goto(ARTICLE)
  await page.getByRole('button', { name: 'Reading settings' }).click()
  const panel = page.getByRole('dialog', { name: 'Reading settings' })
  await choose(panel, 'Text size', 'Extra large')
  await choose(panel, 'Theme', 'Sepia')
  await choose(panel, 'Typeface', 'Sans serif')

  const text = paragraph(page, FIRST_WORDS)
  await expect(text).toHaveCSS('font-size', '24px')
  await expect(page.locator('body')).toHaveCSS('background-color', SEPIA_CANVAS)
  await expect(text).toHaveCSS('font-family', /system-ui/)
  // The other tab, untouched, follows by itself.
  await expect(otherTab.locator('body')).toHaveCSS('background-color', SEPIA_CANVAS, { timeout: 1000 })
  await expect(paragraph(otherTab, FIRST_WORDS)).toHaveCSS('font-size', '24px', { timeout: 1000 })

  // A fresh load with the app's code blocked: what shows is the prerendered page alone, so
  // the settings it shows were there from its first paint.
  const prerenderedOnly = await context.newPage()
  await prerenderedOnly.route(/\/assets\/index-[^/]+\.js$/, (route) => route.abort())
  await prerenderedOnly.goto(ARTICLE, { waitUntil: 'commit' })
  await expect(paragraph(prerenderedOnly, FIRST_WORDS)).toBeVisible()
  await testInfo.attach('first paint with settings', { body: await prerenderedOnly.screenshot(), contentType: 'image/png' })
  await expect(paragraph(prerenderedOnly, FIRST_WORDS)).toHaveCSS('font-size', '24px')
  await expect(paragraph(prerenderedOnly, FIRST_WORDS)).toHaveCSS('font-family', /system-ui/)
  await expect(prerenderedOnly.locator('body')).toHaveCSS('background-color', SEPIA_CANVAS)
  await expect(prerenderedOnly.locator('html')).not.toHaveAttribute('data-app-ready')
  // The browser's toolbar (an installed app's title bar) takes the theme's paper colour too.
  for (const meta of await prerenderedOnly.locator('meta[name="theme-color"]').all()) await expect(meta).toHaveAttribute('content', '#f4ecd8')

  // Back to the defaults: every setting goes, here and in the other tab.
  await panel.getByRole('button', { name: 'Back to the defaults' }).click()
  await expect(text).toHaveCSS('font-size', '18px')
  await expect(otherTab.locator('body')).not.toHaveCSS('background-color', SEPIA_CANVAS, { timeout: 1000 })
})

test('reading settings work from the keyboard alone', async ({ page }) => {
  await page.goto(ARTICLE)
  const text = paragraph(page, FIRST_WORDS)
  await page.keyboard.press('+')
  await expect(text).toHaveCSS('font-size', '21px')
  await page.keyboard.press('-')
  await page.keyboard.press('-')
  await expect(text).toHaveCSS('font-size', '16px')

  await page.keyboard.press('a')
  const panel = page.getByRole('dialog', { name: 'Reading settings' })
  await expect(panel.getByRole('radio', { name: 'Small', exact: true })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await expect(panel.getByRole('group', { name: 'Text size' }).getByRole('radio', { name: 'Medium' })).toBeChecked()
  await expect(text).toHaveCSS('font-size', '18px')
  // Tab reaches the next group; its arrows choose a theme.
  await page.keyboard.press('Tab')
  await expect(panel.getByRole('radio', { name: 'System' })).toBeFocused()
  await page.keyboard.press('ArrowRight')
  await page.keyboard.press('ArrowRight')
  await expect(panel.getByRole('radio', { name: 'Sepia' })).toBeChecked()
  await page.keyboard.press('Escape')
  await expect(panel).toBeHidden()
  await expect(page.getByRole('button', { name: 'Reading settings' })).toBeFocused()
  await expect(page.locator('body')).toHaveCSS('background-color', SEPIA_CANVAS)

  await page.keyboard.press('?')
  const help = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
  await expect(help.getByText('Open or close the reading settings')).toBeVisible()
  await expect(help.getByText('Larger or smaller text')).toBeVisible()
})

test('line width and spacing change the column and the leading', async ({ page }) => {
  await page.goto(ARTICLE)
  const text = paragraph(page, FIRST_WORDS)
  const width = async () => (await text.boundingBox())?.width ?? 0
  const medium = await width()
  await page.getByRole('button', { name: 'Reading settings' }).click()
  const panel = page.getByRole('dialog', { name: 'Reading settings' })
  await choose(panel, 'Line width', 'Narrow')
  await expect.poll(width).toBeLessThan(medium)
  await choose(panel, 'Line spacing', 'Relaxed')
  await expect(text).toHaveCSS('line-height', `${String(18 * 2.05)}px`)
})

for (const theme of ['Light', 'Sepia', 'Dark'] as const) {
  test(`axe finds no violations with the settings open, highlights drawn, in the ${theme.toLowerCase()} theme`, async ({ page }) => {
    await page.goto(ARTICLE)
    for (const [color, words] of [['Yellow', 'Around 600'], ['Green', 'North Koreans died'], ['Blue', 'were cremated'], ['Pink', 'flown back']] as const) {
      await dragSelect(page, paragraph(page, 'Around 600 North Koreans'), words)
      await page.getByRole('toolbar').getByRole('button', { name: color }).click()
    }
    await expect(page.locator('mark')).toHaveCount(4)
    await page.getByRole('button', { name: 'Reading settings' }).click()
    await choose(page.getByRole('dialog', { name: 'Reading settings' }), 'Theme', theme)
    await expectNoAxeViolations(page)
  })
}

test('storage that refuses the settings still changes this page, and says so', async ({ page }) => {
  await page.addInitScript(() => {
    Storage.prototype.setItem = () => {
      throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
    }
  })
  await page.goto(ARTICLE)
  await page.getByRole('button', { name: 'Reading settings' }).click()
  await choose(page.getByRole('dialog', { name: 'Reading settings' }), 'Theme', 'Dark')
  await expect(page.getByText('This browser would not keep your reading settings')).toBeVisible()
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(20, 20, 19)')
})

/** A person clicks the option's label, as drawn. */
async function choose(panel: Locator, setting: string, option: string) {
  await panel.getByRole('group', { name: setting }).getByText(option, { exact: true }).click()
  await expect(panel.getByRole('group', { name: setting }).getByRole('radio', { name: option, exact: true })).toBeChecked()
}
