import { expect, expectNoAxeViolations, test } from './fixtures'
import { ARTICLE } from './highlight-helpers'

const HEADLINE = 'Kim Jong Un held the first public commemoration for North Korean troops'

test('the article names its people, places and organisations, and who said what', async ({ page }) => {
  await page.goto(ARTICLE)
  const about = page.getByRole('region', { name: 'In this article' })
  for (const name of ['Kim Jong Un', 'Vladimir Putin', 'Michael Madden', 'North Korea', 'Russia', 'Ukraine', 'Pyongyang', 'Seoul', 'Kursk', 'Moscow', 'Stimson Center']) {
    await expect(about.getByRole('listitem').getByRole('link', { name, exact: true }).first()).toBeVisible()
  }
  const quote = about.getByRole('figure').filter({ hasText: 'They are telecasting' })
  await expect(quote).toContainText('Michael Madden')
  await expectNoAxeViolations(page)

  await about.getByRole('link', { name: 'Vladimir Putin', exact: true }).first().click()
  await expect(page).toHaveURL('/people/vladimir-putin')
  await page.getByRole('link', { name: 'Filter the list by Vladimir Putin' }).click()
  await expect(page).toHaveURL('/?person=Vladimir+Putin')
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 article match these filters')
  await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible()
})

test('searching the bundled article finds it by a word of its body, with a snippet', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('telecasting')
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 article match “telecasting”')
  const row = page.getByRole('main').getByRole('listitem').filter({ hasText: HEADLINE })
  await expect(row.locator('mark.search-hit')).toHaveText(['telecasting'])
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('ceremony pyongyang')
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 article match “ceremony pyongyang”')
  await page.getByRole('searchbox', { name: 'Search articles' }).fill('ceremony paris')
  await expect(page.getByRole('main').getByRole('status')).toHaveText('0 articles match “ceremony paris”')
})

test('unknown or malformed list parameters are ignored', async ({ page }) => {
  await page.goto('/?sort=sideways&from=soon&saved=maybe&zzz=1')
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 article, newest first')
  await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible()
})

test.describe('without a service worker', () => {
  // page.route cannot stop what a service worker would answer from its cache.
  test.use({ serviceWorkers: 'block' })

  test('when search stops working, the list says so and Retry brings it back', async ({ page }) => {
    // The worker's script fails to load, as on a flaky connection or a broken deploy.
    await page.route(/\/assets\/find\.worker-[^/]*\.js$/, (route) => route.abort())
    await page.goto('/')
    const box = page.getByRole('searchbox', { name: 'Search articles' })
    await box.fill('telecasting')
    await expect(page.getByRole('main').getByRole('status')).toHaveText('Search stopped working; the full list is shown.')
    await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible()

    await page.unroute(/\/assets\/find\.worker-[^/]*\.js$/)
    await page.getByRole('button', { name: 'Retry search' }).click()
    await expect(page.getByRole('main').getByRole('status')).toHaveText('1 article match “telecasting”')
  })
})
