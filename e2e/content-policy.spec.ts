import { readFileSync } from 'node:fs'
import type { Page } from '@playwright/test'
import { BASE_POLICY } from '../src/build/content-policy'
import { SEED_OUT } from './build-output'
import { expect, test } from './fixtures'
import { ARTICLE, dragSelect, paragraph } from './highlight-helpers'

/**
 * Every page ships with a strict policy (src/build/content-policy.ts): only the site's own
 * scripts run. Each page is used as a reader would, and must never trip it.
 */
test.beforeEach(async ({ page }) => {
  await page.addInitScript(() => {
    const seen: string[] = []
    ;(window as unknown as { policyViolations: string[] }).policyViolations = seen
    document.addEventListener('securitypolicyviolation', (event) => {
      seen.push(`${event.violatedDirective}: ${event.blockedURI} (${event.sourceFile}:${event.lineNumber})`)
    })
  })
})

const violations = (page: Page) => page.evaluate(() => (window as unknown as { policyViolations: string[] }).policyViolations)

test.describe('under the shipped content policy', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('the list, searched, sorted and filtered, trips nothing', async ({ page }) => {
    await page.goto('/')
    // The page's own stylesheet is inline, allowed by its hash; nothing else is.
    await expect(page.locator('meta[http-equiv="Content-Security-Policy"]')).toHaveAttribute('content', new RegExp(`^${escapeRegExp(BASE_POLICY)}; style-src 'self' 'sha256-[A-Za-z0-9+/=]+'$`))
    await page.getByRole('searchbox', { name: 'Search articles' }).fill('kim')
    await expect(page.getByRole('main').getByRole('status')).toHaveText(/match “kim”/)
    await page.getByRole('button', { name: /^Filters/ }).click()
    await expect(page.getByRole('checkbox').first()).toBeVisible()
    await page.getByRole('combobox', { name: 'Sort' }).selectOption('oldest')
    await page.getByRole('button', { name: 'Copy link' }).click()
    expect(await violations(page)).toEqual([])
  })

  test('an article, highlighted, annotated and shared, trips nothing', async ({ page }) => {
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click()
    await page.locator('mark', { hasText: 'Kim shed tears' }).click()
    const popover = page.getByRole('dialog', { name: 'Highlight' })
    await popover.getByRole('textbox', { name: 'Note' }).fill('A note')
    await popover.getByRole('button', { name: 'Save note' }).click()
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Share' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link to the article copied' })).toBeVisible()
    await page.getByRole('button', { name: 'Keyboard shortcuts' }).click()
    await expect(page.getByRole('dialog', { name: /Keyboard shortcuts/ })).toBeVisible()
    await page.keyboard.press('Escape')
    expect(await violations(page)).toEqual([])

    await page.goto('/highlights')
    await expect(page.getByRole('main').getByText('Kim shed tears')).toBeVisible()
    await page.getByRole('searchbox').first().fill('note')
    expect(await violations(page)).toEqual([])
  })

  test('the not-found page trips nothing', async ({ page }) => {
    await page.goto('/no/such/page')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page')
    expect(await violations(page)).toEqual([])
  })
})

test('the build writes the same policy, and the other security headers, for hosts that read _headers', async ({ page }) => {
  await page.goto('/')
  const policy = await page.locator('meta[http-equiv="Content-Security-Policy"]').getAttribute('content')
  const headers = readFileSync(new URL(`../${SEED_OUT}/_headers`, import.meta.url), 'utf8')
  expect(headers).toContain(`Content-Security-Policy: ${policy ?? '(none)'}; frame-ancestors 'none'`)
  expect(headers).toContain('X-Content-Type-Options: nosniff')
  expect(headers).toContain('Referrer-Policy: ')
  expect(headers).toContain('Permissions-Policy: ')
})

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, (char) => `\\${char}`)
}
