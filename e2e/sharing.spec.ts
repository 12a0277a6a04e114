import { spawn, type ChildProcess } from 'node:child_process'
import { readFileSync } from 'node:fs'
import { E2E_OFFSET, SEED_OUT } from './build-output'
import { expect, expectNoAxeViolations, test, waitForApp } from './fixtures'
import { ARTICLE, dragSelect, paragraph } from './highlight-helpers'

const HEADLINE = 'Kim Jong Un held the first public commemoration for North Korean troops'

test.describe('sharing a passage', () => {
  test.use({ permissions: ['clipboard-read', 'clipboard-write'] })

  test('a copied highlight link opens, for anyone, at the passage, which they can save', async ({ page, browser }) => {
    await page.goto(ARTICLE)
    const passage = 'were cremated in Kursk and were flown back to Pyongyang'
    await dragSelect(page, paragraph(page, 'Around 600 North Koreans'), passage)
    await page.getByRole('toolbar').getByRole('button', { name: 'Highlight' }).click()
    await page.locator('mark').click()
    await page.getByRole('dialog', { name: 'Highlight' }).getByRole('button', { name: 'Copy link' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link to the passage copied' })).toBeVisible()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toMatch(/\/articles\/kim-jong-un-held-the-first-public-commemoration-1195f8b0#:~:text=/)

    // Someone else, with none of the sender's data.
    const stranger = await browser.newContext()
    const theirs = await stranger.newPage()
    await theirs.goto(link)
    await waitForApp(theirs)
    const shared = theirs.locator('mark[data-shared]')
    await expect(shared).toHaveText(passage)
    await expect(shared).toBeInViewport()
    const panel = theirs.getByRole('complementary', { name: 'Shared passage' })
    await expect(panel).toContainText('A passage was shared with you')
    await expectNoAxeViolations(theirs)
    await panel.getByRole('button', { name: 'Save to my highlights' }).click()
    await expect(panel.getByRole('button', { name: 'Saved to your highlights' })).toBeDisabled()
    await theirs.goto('/highlights')
    await waitForApp(theirs)
    await expect(theirs.getByRole('main').getByRole('listitem')).toContainText(passage)
    await stranger.close()
  })

  test('a passage can be shared from the selection without saving it', async ({ page }) => {
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'gala event held Sunday')
    await page.getByRole('toolbar').getByRole('button', { name: 'Copy link' }).click()
    const link = await page.evaluate(() => navigator.clipboard.readText())
    expect(link).toContain('#:~:text=gala%20event%20held%20Sunday')
    await expect(page.locator('mark')).toHaveCount(0)
  })

  test('a hand-written Chrome-style link marks and shows the passage', async ({ page }) => {
    await page.goto(`${ARTICLE}#:~:text=Kim%20shed%20tears`)
    await expect(page.locator('mark[data-shared]')).toHaveText('Kim shed tears')
    await expect(page.locator('mark[data-shared]')).toBeInViewport()
  })

  test('a link to a passage no longer in the article says so, with the quote', async ({ page }) => {
    await page.goto(`${ARTICLE}#:~:text=The%20summit%20in%20Vladivostok,ended%20without%20a%20statement`)
    const panel = page.getByRole('complementary', { name: 'Shared passage' })
    await expect(panel).toContainText('The shared passage is no longer in this article')
    await expect(panel).toContainText('The summit in Vladivostok … ended without a statement')
    await expect(page.locator('mark[data-shared]')).toHaveCount(0)
  })

  test('an outdated passage is found approximately', async ({ page }) => {
    // As if linked before an edit: "tears" was then "teers".
    await page.goto(`${ARTICLE}#:~:text=Sunday%2C%20Kim%20shed%20teers`)
    await expect(page.locator('mark[data-shared]')).toHaveText('Sunday, Kim shed tears')
    await expect(page.getByRole('complementary', { name: 'Shared passage' })).toContainText('closest match')
  })

  test('Share copies the article link where the browser has no share sheet', async ({ page }) => {
    await page.goto(ARTICLE)
    await page.evaluate(() => {
      Object.defineProperty(navigator, 'share', { value: undefined })
    })
    await page.getByRole('button', { name: 'Share' }).click()
    await expect(page.getByRole('status').filter({ hasText: 'Link to the article copied' })).toBeVisible()
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(new URL(ARTICLE, page.url()).href)
  })

  test('Share uses the system share sheet where there is one', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(navigator, 'share', {
        value: (data: ShareData) => {
          ;(window as unknown as { shared?: ShareData }).shared = data
          return Promise.resolve()
        },
      })
    })
    await page.goto(ARTICLE)
    await page.getByRole('button', { name: 'Share' }).click()
    await expect
      .poll(() => page.evaluate(() => (window as unknown as { shared?: ShareData }).shared))
      .toEqual({ title: HEADLINE, url: new URL(ARTICLE, page.url()).href })
  })
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('the article page shows the whole article and its head tags', async ({ page }) => {
    await page.goto(ARTICLE)
    await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible()
    await expect(page).toHaveTitle(`${HEADLINE} · Broadsheet`)
    const seed = readFileSync(new URL('../src/content/articles/000_1195f8b02fb32f15.txt', import.meta.url), 'utf8')
    const [, ...body] = seed.trim().split(/\n\s*\n/)
    for (const text of body) await expect(page.getByText(text, { exact: true })).toBeVisible()
    await expect(page.getByText('SEOUL', { exact: true })).toBeVisible()
    await expect(page.locator('time[datetime="2025-07-01"]')).toBeVisible()
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/articles\/kim-jong-un-held-the-first-public-commemoration-1195f8b0$/)
    await expect(page.locator('meta[property="og:type"]')).toHaveAttribute('content', 'article')
  })

  test('a text fragment link still brings the passage into view', async ({ page }) => {
    await page.goto(`${ARTICLE}#:~:text=were%20cremated%20in%20Kursk`)
    await expect(page.getByText('Around 600 North Koreans died on the battlefield', { exact: false })).toBeInViewport()
  })
})

test.describe('prerendered pages', () => {
  test('the prerendered list, article, highlights and not-found pages hydrate without errors', async ({ page }) => {
    for (const path of ['/', ARTICLE, '/highlights', '/404.html']) {
      await page.goto(path)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    }
    // The fixture fails the test on any console error, hydration warnings included.
  })

  test.describe('on a plain static file server without SPA fallback', () => {
    let server: ChildProcess | undefined
    const PORT = 4175 + E2E_OFFSET
    test.beforeAll(async () => {
      // Run the binary itself (not through npx), so that killing it stops the server.
      server = spawn('node_modules/.bin/sirv', [SEED_OUT, '--port', String(PORT), '--quiet'], { stdio: 'ignore' })
      server.on('exit', (code) => {
        if (code) throw new Error(`the static server exited with ${code} (is port ${PORT} taken?)`)
      })
      for (let attempt = 0; attempt < 50; attempt++) {
        if (await fetch(`http://localhost:${PORT}/`).then((response) => response.ok, () => false)) return
        await new Promise((resolve) => setTimeout(resolve, 200))
      }
      throw new Error('the static server did not start')
    })
    test.afterAll(() => {
      server?.kill()
    })

    test('a deep link to an article answers 200 with the prerendered page', async ({ request, page }) => {
      const response = await request.get(`http://localhost:${PORT}${ARTICLE}`, { maxRedirects: 0 })
      expect(response.status()).toBe(200)
      expect(await response.text()).toContain(`<h1 tabindex="-1" class="`)
      expect(await response.text()).toContain('Watching the scene at the gala event held Sunday, Kim shed tears.')
      await page.goto(`http://localhost:${PORT}${ARTICLE}`)
      await expect(page.getByRole('heading', { level: 1, name: HEADLINE })).toBeVisible()
      await page.getByRole('link', { name: 'All articles' }).click()
      await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible()
    })
  })
})
