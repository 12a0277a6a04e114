import AxeBuilder from '@axe-core/playwright'
import { test as base, expect, type Page } from '@playwright/test'

/**
 * Every test fails on a console error or an uncaught page error it did not expect, so a
 * hydration warning or a crash in an effect cannot hide behind a passing assertion.
 */
export const test = base.extend<{ allowConsoleErrors: (pattern: RegExp) => void; waitForAppOnLoad: boolean }>({
  /**
   * A prerendered page shows before its script has run. By default navigation waits until the
   * app is live, for tests about what the app does once it is up. Tests about start-up set this
   * to false and act at once, as an impatient reader does: waiting is what hides start-up bugs.
   */
  waitForAppOnLoad: [true, { option: true }],
  page: async ({ page, javaScriptEnabled, waitForAppOnLoad }, use) => {
    if (javaScriptEnabled && waitForAppOnLoad) {
      const goto = page.goto.bind(page)
      const reload = page.reload.bind(page)
      page.goto = async (url, options) => {
        const response = await goto(url, options)
        await waitForApp(page)
        return response
      }
      page.reload = async (options) => {
        const response = await reload(options)
        await waitForApp(page)
        return response
      }
    }
    await use(page)
  },
  allowConsoleErrors: [
    async ({ page }, use) => {
      const allowed: RegExp[] = []
      const problems: string[] = []
      page.on('console', (message) => {
        if (message.type() !== 'error') return
        const text = message.text()
        if (!allowed.some((pattern) => pattern.test(text))) problems.push(`console.error: ${text}`)
      })
      page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
      await use((pattern) => allowed.push(pattern))
      expect(problems, 'unexpected console errors').toEqual([])
    },
    { auto: true },
  ],
})

export { expect }

/**
 * Resolves once the app is live: its frame has hydrated (useMarkAppReady in
 * src/app/app-layout.tsx) and no part of the page is still waiting for its code
 * (src/app/lazy-component.tsx).
 */
export async function waitForApp(page: Page) {
  await page.locator('html[data-app-ready]:not([data-parts-loading])').waitFor({ state: 'attached' })
}

export async function expectNoAxeViolations(page: Page) {
  const results = await new AxeBuilder({ page }).analyze()
  const summary = results.violations.map((violation) => ({
    id: violation.id,
    impact: violation.impact,
    targets: violation.nodes.map((node) => node.target.join(' ')),
  }))
  expect(summary).toEqual([])
}
