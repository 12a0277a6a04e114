import { E2E_OFFSET } from '../build-output'
import { expect, test } from '../fixtures'
import { ARTICLE, dragSelect, paragraph } from '../highlight-helpers'

// This project's build holds an earlier edition of the seed article (a different word before
// one passage, a typo in another, a paragraph since cut); the seed build holds the current one.
const CURRENT_EDITION = `http://localhost:${4173 + E2E_OFFSET}`

test('highlights made on an earlier edition are re-placed in the new one, or kept as could-not-be-placed', async ({ page }) => {
  await page.goto(ARTICLE)
  await dragSelect(page, paragraph(page, 'In an undated video shown'), 'photographs showed Kim, wearing a winter jacket')
  await page.getByRole('toolbar').getByRole('button', { name: 'Highlight' }).click()
  await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed teers')
  await page.getByRole('toolbar').getByRole('button', { name: 'Add note' }).click()
  await page.keyboard.type('Spelling?')
  await page.keyboard.press('Escape')
  await dragSelect(page, paragraph(page, 'State media'), 'State media did not say how many soldiers had died in the fighting.')
  await page.getByRole('toolbar').getByRole('button', { name: 'Green' }).click()
  await expect(page.locator('mark')).toHaveCount(3)

  await page.goto('/highlights')
  const download = page.waitForEvent('download')
  await page.getByRole('button', { name: 'Export JSON' }).click()
  const file = await (await download).path()

  // The same reader, on the rebuilt site.
  await page.goto(`${CURRENT_EDITION}/highlights`)
  await page.getByLabel('Import JSON').setInputFiles(file)
  await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('3 new')

  const couldNotBePlaced = page.getByRole('region', { name: 'Could not be placed' })
  await expect(couldNotBePlaced).toContainText('State media did not say how many soldiers had died in the fighting.')
  await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'photographs showed Kim' })).toContainText('found again')

  await page.goto(`${CURRENT_EDITION}${ARTICLE}`)
  await expect(page.locator('mark')).toHaveText(['photographs showed Kim, wearing a winter jacket', 'Kim shed tears'])
  const notice = page.getByRole('complementary', { name: /could not be placed/ })
  await expect(notice).toContainText('State media did not say')
})
