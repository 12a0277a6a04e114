import { expect, test } from './fixtures'
import { ARTICLE, dragSelect, paragraph } from './highlight-helpers'

test('printed, an article is the article alone: highlights in colour, notes numbered after the text, its address at the end', async ({ page }, testInfo) => {
  await page.goto(ARTICLE)
  await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Add note' }).click()
  const popover = page.getByRole('dialog', { name: 'Highlight' })
  await expect(popover.getByRole('textbox', { name: 'Note' })).toBeFocused()
  await page.keyboard.type('Tears on state television')
  await popover.getByRole('button', { name: 'Save note' }).click()
  await page.keyboard.press('Escape')
  await dragSelect(page, paragraph(page, 'Around 600 North Koreans'), 'were cremated')
  await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Green' }).click()
  // A dark screen still prints black on white.
  await page.keyboard.press('a')
  await page.getByRole('dialog', { name: 'Reading settings' }).getByRole('group', { name: 'Theme' }).getByText('Dark', { exact: true }).click()
  await page.keyboard.press('Escape')

  await page.emulateMedia({ media: 'print' })
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
  for (const chrome of [
    page.getByRole('navigation', { name: 'Main' }),
    page.getByRole('navigation', { name: 'More articles' }),
    page.getByRole('button', { name: 'Reading settings' }),
    page.getByRole('button', { name: 'Save' }),
    page.getByRole('link', { name: 'All articles' }),
    page.getByRole('button', { name: 'Keyboard shortcuts' }),
  ]) {
    await expect(chrome).toBeHidden()
  }
  await expect(page.locator('body')).toHaveCSS('background-color', 'rgb(255, 255, 255)')
  await expect(page.locator('mark', { hasText: 'were cremated' })).toHaveCSS('background-color', 'rgb(187, 247, 208)')
  await expect(page.locator('mark', { hasText: 'Kim shed tears' })).toHaveAttribute('data-note-number', '1')
  const notes = page.getByRole('region', { name: 'Notes' })
  await expect(notes.getByRole('listitem')).toHaveText(['1.Kim shed tears Tears on state television'])
  await expect(page.getByText(/^Read online at http:\/\/localhost:\d+\/articles\/kim-jong-un/)).toBeVisible()

  const pdf = await page.pdf({ format: 'A4', printBackground: false })
  expect(pdf.subarray(0, 5).toString()).toBe('%PDF-')
  await testInfo.attach('article.pdf', { body: pdf, contentType: 'application/pdf' })

  // On screen the notes stay in the marks, where they open.
  await page.emulateMedia({ media: 'screen' })
  await expect(notes).toBeHidden()
  await expect(page.getByRole('navigation', { name: 'Main' })).toBeVisible()
})
