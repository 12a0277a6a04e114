import { PNG } from 'pngjs'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { ARTICLE, dragSelect, focusParagraphByKeyboard, paragraph } from './highlight-helpers'

const HEADLINE = 'Kim Jong Un held the first public commemoration for North Korean troops'

test.describe('sharing a passage as a picture', () => {
  test('by keyboard alone, a highlight becomes a square PNG the reader downloads', async ({ page }) => {
    await page.goto(ARTICLE)
    await focusParagraphByKeyboard(page, 3)
    await page.keyboard.press('s')
    await page.keyboard.press('h')
    await page.keyboard.press('Tab')
    await expect(page.locator('mark')).toBeFocused()
    await page.keyboard.press('Enter')
    const popover = page.getByRole('dialog', { name: 'Highlight' })
    await expect(popover).toBeVisible()
    await popover.getByRole('button', { name: 'Share as image' }).focus()
    await page.keyboard.press('Enter')

    const dialog = page.getByRole('dialog', { name: 'Share as image' })
    await expect(dialog).toBeVisible()
    const picture = dialog.getByRole('img', { name: new RegExp(`^“Watching the scene.*from “${HEADLINE}”, SEOUL · July 1, 2025, Broadsheet$`) })
    await expect(picture).toBeVisible()
    await expectNoAxeViolations(page)

    // Square, then Download: all by keyboard (arrow keys move within a radio group).
    await dialog.getByRole('radio', { name: 'Landscape' }).focus()
    await page.keyboard.press('ArrowRight')
    await expect(dialog.getByRole('radio', { name: 'Square' })).toBeChecked()
    // Redrawn and PNG-encoded (canvas.toBlob, which Chromium runs in idle time): once on a
    // clean-clone run of the whole suite this took over 5 s. Not a speed test.
    await expect(picture).toHaveAttribute('width', '1080', { timeout: 15_000 })
    await dialog.getByRole('button', { name: 'Download' }).focus()
    const download = page.waitForEvent('download')
    await page.keyboard.press('Enter')
    const file = await download
    expect(file.suggestedFilename()).toBe('broadsheet-quote-square.png')
    const png = PNG.sync.read(await streamToBuffer(await file.createReadStream()))
    expect([png.width, png.height]).toEqual([1080, 1080])
    await expect(dialog.getByRole('status')).toHaveText('Picture downloaded.')

    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
    // Escape closed the picture dialog only: the highlight's popover is still open beneath it.
    await expect(popover).toBeVisible()
  })

  test('a selection shares a landscape picture in the dark theme through the Web Share API, with its file', async ({ page }) => {
    // A stand-in for the system's share sheet: it records what it is given.
    await page.addInitScript(() => {
      const shared: { name: string; type: string; size: number; text: string }[] = []
      Object.assign(window, { __shared: shared })
      navigator.canShare = (data?: ShareData) => (data?.files?.length ?? 0) > 0
      navigator.share = async (data?: ShareData) => {
        for (const file of data?.files ?? []) shared.push({ name: file.name, type: file.type, size: file.size, text: data?.text ?? '' })
        return Promise.resolve()
      }
    })
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Around 600 North Koreans'), 'were cremated in Kursk')
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Share as image' }).click()
    const dialog = page.getByRole('dialog', { name: 'Share as image' })
    await dialog.getByText('Dark').click()
    await expect(dialog.getByRole('radio', { name: 'Dark' })).toBeChecked()
    await expect(dialog.getByRole('img', { name: /^“were cremated in Kursk”/ })).toHaveAttribute('width', '1200')
    await dialog.getByRole('button', { name: 'Share…' }).click()
    await expect(dialog.getByRole('status')).toHaveText('Shared.')
    const shared = await page.evaluate(() => (window as unknown as { __shared: { name: string; type: string; size: number; text: string }[] }).__shared)
    expect(shared).toEqual([{ name: 'broadsheet-quote-landscape.png', type: 'image/png', size: expect.any(Number) as unknown, text: expect.stringMatching(/^“were cremated in Kursk” http:\/\/localhost:\d+\/articles\/.*#:~:text=/) as unknown }])
  })

  test('on the highlights page each highlight offers its picture', async ({ page }) => {
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Around 600 North Koreans'), 'were cremated in Kursk')
    await page.getByRole('toolbar', { name: 'Selected text' }).getByRole('button', { name: 'Highlight' }).click()
    await expect(page.locator('mark')).toHaveText('were cremated in Kursk')
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Highlights/ }).click()
    await page.getByRole('button', { name: 'Share as image' }).click()
    const dialog = page.getByRole('dialog', { name: 'Share as image' })
    await expect(dialog.getByRole('img', { name: /^“were cremated in Kursk” — from/ })).toBeVisible()
    await expectNoAxeViolations(page)
  })
})

async function streamToBuffer(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = []
  for await (const chunk of stream) chunks.push(Buffer.from(chunk as Buffer))
  return Buffer.concat(chunks)
}
