import { CORPUS_OUT, SEED_OUT } from '../build-output'
import { expect, expectNoAxeViolations, test } from '../fixtures'
import { deployedSite } from './deployed-site'

// Published twice: first the seed build (one article, naming Russia), then the corpus build,
// which has the seed article and one more naming Russia.
const site = deployedSite('following', 4181)
const ORIGIN = site.origin
const SEED_HEADLINE = 'Kim Jong Un held the first public commemoration for North Korean troops'
const NEW_HEADLINE = 'Russia and Kazakhstan agree to share the Ural river through a dry summer'

// The new edition is reached by reloading; with a service worker it would first be offered
// (new-edition.spec.ts covers that), which is not what this test is about.
test.use({ serviceWorkers: 'block' })

test.beforeAll(async () => {
  await site.publish(SEED_OUT)
  await site.serve()
})

test.afterAll(async () => {
  await site.close()
})

test('follow Russia; a new edition with one more Russia article shows 1 new in Following', async ({ page }) => {
  await page.goto(`${ORIGIN}/places/russia`)
  await expect(page.getByText('Named in 1 article.')).toBeVisible()
  const follow = page.getByRole('button', { name: 'Follow' })
  await follow.click()
  await expect(follow).toHaveAttribute('aria-pressed', 'true')
  await expectNoAxeViolations(page)
  await page.getByRole('main').getByRole('link', { name: 'Following' }).click()

  await expect(page).toHaveURL(`${ORIGIN}/?following=1`)
  await expect(page).toHaveTitle('Following · Broadsheet')
  const following = page.getByRole('region', { name: 'Following' })
  const russia = following.getByRole('listitem').filter({ hasText: 'Russia' })
  await expect(russia).toHaveText(/Russia\s*Place\s*nothing new · 1 article/)
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 article match these filters')
  await expectNoAxeViolations(page)

  await site.publish(CORPUS_OUT)
  await page.reload()
  await expect(russia).toHaveText(/Russia\s*Place\s*1 new · 2 articles/)
  // The list under it holds the articles naming Russia, the new one too.
  const results = page.getByRole('main').getByRole('listitem').getByRole('heading', { level: 2 })
  await expect(results).toHaveText([SEED_HEADLINE, NEW_HEADLINE])

  // Looking at Russia's page is looking: nothing is new any more, after a reload too.
  await russia.getByRole('link', { name: 'Russia' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Russia')
  await expect(page.getByText('Named in 2 articles.')).toBeVisible()
  await expect(page.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'true')
  await page.goBack()
  await expect(russia).toHaveText(/nothing new · 2 articles/)
  await page.reload()
  await expect(russia).toHaveText(/nothing new · 2 articles/)

  // Unfollowed from the page, Russia leaves the view.
  await page.goto(`${ORIGIN}/places/russia`)
  await page.getByRole('button', { name: 'Follow' }).click()
  await expect(page.getByRole('button', { name: 'Follow' })).toHaveAttribute('aria-pressed', 'false')
  await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Following' }).click()
  await expect(following).toContainText('You follow no one yet.')
})

test('someone followed who has no page in a later edition is said so in Following, and can be unfollowed there', async ({ page }) => {
  // Kazakhstan is named in the corpus edition only.
  await site.publish(CORPUS_OUT)
  await page.goto(`${ORIGIN}/places/kazakhstan`)
  const follow = page.getByRole('button', { name: 'Follow' })
  await follow.click()
  await expect(follow).toHaveAttribute('aria-pressed', 'true')

  await site.publish(SEED_OUT)
  await page.goto(`${ORIGIN}/?following=1`)
  const following = page.getByRole('region', { name: 'Following' })
  const kazakhstan = following.getByRole('listitem').filter({ hasText: 'Kazakhstan' })
  await expect(kazakhstan).toHaveText(/Kazakhstan\s*Place\s*no page in this edition · Unfollow Kazakhstan/)
  await expectNoAxeViolations(page)

  await kazakhstan.getByRole('button', { name: 'Unfollow Kazakhstan' }).click()
  await expect(following).toContainText('You follow no one yet.')
  await page.reload()
  await expect(following).toContainText('You follow no one yet.')
})
