import { expect, expectNoAxeViolations, test } from './fixtures'
import { ARTICLE, dragSelect, paragraph } from './highlight-helpers'

const HEADLINE = 'Kim Jong Un held the first public commemoration for North Korean troops'

test('from the article, Kim Jong Un’s page: the article on his timeline, the names that appear with him', async ({ page }) => {
  await page.goto(ARTICLE)
  await page.getByRole('region', { name: 'In this article' }).getByRole('link', { name: 'Kim Jong Un', exact: true }).click()
  await expect(page).toHaveURL('/people/kim-jong-un')
  await expect(page).toHaveTitle('Kim Jong Un · Broadsheet')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim Jong Un')
  await expect(page.getByText('Named in 1 article.')).toBeVisible()
  const july = page.getByRole('region', { name: 'July 2025, 1 article' })
  await expect(july.getByRole('heading', { level: 3 })).toHaveText('July 2025 · 1 article')
  await expect(july.getByRole('listitem')).toHaveCount(1)
  await expect(july.getByRole('link', { name: HEADLINE })).toBeVisible()
  await expect(july.getByText('SEOUL · July 1, 2025')).toBeVisible()

  const related = page.getByRole('region', { name: 'Often named with Kim Jong Un' })
  await expect(related.getByRole('link', { name: /^Vladimir Putin · 1 article together$/ })).toBeVisible()
  await expect(related.getByRole('link', { name: /^Pyongyang · 1 article together$/ })).toBeVisible()
  await expectNoAxeViolations(page)

  // Another name's page is a click away, and so is the list filtered to him.
  await related.getByRole('link', { name: /^Pyongyang/ }).click()
  await expect(page).toHaveURL('/places/pyongyang')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Pyongyang')
  await page.getByRole('link', { name: 'Filter the list by Pyongyang' }).click()
  await expect(page).toHaveURL('/?place=Pyongyang')
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 article match these filters')
})

test('Michael Madden’s page lists what he said, with the article it is from', async ({ page }) => {
  await page.goto(ARTICLE)
  await page.getByRole('region', { name: 'In this article' }).getByRole('figure').filter({ hasText: 'They are telecasting' }).getByRole('link', { name: 'Michael Madden' }).click()
  await expect(page).toHaveURL('/people/michael-madden')
  const quotes = page.getByRole('region', { name: 'What Michael Madden said' })
  await expect(quotes.getByRole('figure').filter({ hasText: 'They are telecasting' })).toBeVisible()
  await quotes.getByRole('link', { name: HEADLINE }).click()
  await expect(page).toHaveURL(ARTICLE)
})

test('a highlight made in the article is on the page of a place it names, in this browser', async ({ page }) => {
  await page.goto(ARTICLE)
  const passage = 'were cremated in Kursk and were flown back to Pyongyang'
  await dragSelect(page, paragraph(page, 'Around 600 North Koreans'), passage)
  await page.getByRole('toolbar').getByRole('button', { name: 'Highlight' }).click()
  await expect(page.locator('mark', { hasText: passage })).toBeVisible()
  await page.goto('/places/kursk')
  const mine = page.getByRole('region', { name: 'Your highlights about Kursk' })
  await expect(mine.getByRole('blockquote')).toHaveText(passage)
  await expect(mine.getByRole('link', { name: HEADLINE })).toBeVisible()
  await expectNoAxeViolations(page)

  // All of them, on the highlights page filtered to the place, as a link.
  await mine.getByRole('link', { name: 'All your highlights about Kursk' }).click()
  await expect(page).toHaveURL('/highlights?place=Kursk')
  const about = page.getByRole('combobox', { name: 'About' })
  await expect(about).toHaveValue('place:Kursk')
  const count = page.getByRole('main').getByRole('status').filter({ hasText: 'match these filters' })
  await expect(count).toHaveText('1 highlight match these filters.')
  await expect(page.getByRole('main').getByRole('listitem')).toContainText(passage)
  // Any other name in the highlighted articles is a choice away.
  await about.selectOption({ label: 'Vladimir Putin' })
  await expect(page).toHaveURL('/highlights?person=Vladimir+Putin')
  await expect(count).toHaveText('1 highlight match these filters.')
  await expectNoAxeViolations(page)
})

test('the list’s filters lead to the pages, and the filter stays a click away', async ({ page }) => {
  await page.goto('/')
  await page.getByRole('button', { name: 'Filters' }).click()
  const people = page.getByRole('group', { name: 'People' })
  await expect(people.getByRole('checkbox', { name: 'Kim Jong Un' })).toBeVisible()
  await expectNoAxeViolations(page)
  await people.getByRole('link', { name: 'Page for Kim Jong Un' }).click()
  await expect(page).toHaveURL('/people/kim-jong-un')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim Jong Un')
  await page.goBack()
  await page.getByRole('button', { name: 'Filters' }).click()
  await page.getByRole('group', { name: 'People' }).getByRole('checkbox', { name: 'Kim Jong Un' }).check()
  await expect(page).toHaveURL('/?person=Kim+Jong+Un')
  await expect(page.getByRole('main').getByRole('status')).toHaveText('1 article match these filters')
})

test('an address no page has says so', async ({ page }) => {
  for (const address of ['/people/nobody-at-all', '/sports/kim-jong-un', '/people/Kim%20Jong%20Un']) {
    await page.goto(address)
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('We couldn’t find that page')
  }
})

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false })

  test('an entity page reads as built, and is reached by keyboard from the article', async ({ page }) => {
    await page.goto(ARTICLE)
    const link = page.getByRole('region', { name: 'In this article' }).getByRole('link', { name: 'Kim Jong Un', exact: true })
    await link.focus()
    await page.keyboard.press('Enter')
    await expect(page).toHaveURL('/people/kim-jong-un')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Kim Jong Un')
    await expect(page.getByRole('link', { name: HEADLINE })).toBeVisible()
    await expect(page.getByRole('region', { name: 'Often named with Kim Jong Un' }).getByRole('link', { name: /^Vladimir Putin/ })).toBeVisible()
  })
})
