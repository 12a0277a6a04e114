import { readFileSync } from 'node:fs'
import { expect, expectNoAxeViolations, test, waitForApp } from './fixtures'
import { ARTICLE, dragSelect, focusParagraphByKeyboard, paragraph, storedRecords } from './highlight-helpers'

const WATCHING = 'Watching the scene at the gala event held Sunday, Kim shed tears.'

test.describe('making highlights', () => {
  test('a dragged selection becomes a highlight with a note that survives a reload', async ({ page }) => {
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
    const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
    await expect(toolbar).toBeVisible()
    await toolbar.getByRole('button', { name: 'Add note' }).click()

    const dialog = page.getByRole('dialog', { name: 'Highlight' })
    await expect(dialog.getByRole('textbox', { name: 'Note' })).toBeFocused()
    await page.keyboard.type('Tears on state television')
    await dialog.getByRole('button', { name: 'Save note' }).click()
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()

    const mark = page.locator('mark', { hasText: 'Kim shed tears' })
    await expect(mark).toHaveText('Kim shed tears')
    await page.reload()
    await expect(mark).toHaveText('Kim shed tears')
    await mark.click()
    await expect(page.getByRole('dialog', { name: 'Highlight' }).getByRole('textbox', { name: 'Note' })).toHaveValue('Tears on state television')
    await expect(page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Highlights.*1/ })).toBeVisible()
  })

  test('a sentence can be highlighted with the keyboard alone', async ({ page }) => {
    await page.goto(ARTICLE)
    await focusParagraphByKeyboard(page, 3)
    await expect(paragraph(page, 'Watching the scene')).toBeFocused()
    await page.keyboard.press('s')
    await expect(page.getByRole('toolbar', { name: 'Selected text' })).toBeVisible()
    await page.keyboard.press('h')
    await expect(page.locator('mark')).toHaveText(WATCHING)

    // And the highlight opens from the keyboard: it is the next tab stop after its paragraph.
    await page.keyboard.press('Tab')
    await expect(page.locator('mark')).toBeFocused()
    await page.keyboard.press('Enter')
    await expect(page.getByRole('dialog', { name: 'Highlight' })).toBeVisible()
    await page.keyboard.press('Escape')
    await expect(page.locator('mark')).toBeFocused()
  })

  test('words are selected and extended with the arrow keys, and Tab reaches the toolbar', async ({ page }) => {
    await page.goto(ARTICLE)
    const watching = paragraph(page, 'Watching the scene')
    await watching.focus()
    await page.keyboard.press('ArrowRight')
    for (let step = 0; step < 3; step++) await page.keyboard.press('Shift+ArrowRight')
    await page.keyboard.press('Tab')
    const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
    await expect(toolbar.getByRole('button', { name: 'Highlight' })).toBeFocused()
    await toolbar.getByRole('button', { name: 'Blue' }).press('Enter')
    await expect(page.locator('mark')).toHaveText('Watching the scene at')
  })

  test('a selection across paragraphs becomes one highlight', async ({ page }) => {
    await page.goto(ARTICLE)
    const text = page.locator('.article-text')
    await dragSelect(page, text, 'Kim shed tears.The event commemorated')
    await page.getByRole('toolbar').getByRole('button', { name: 'Highlight' }).click()
    await expect(page.locator('mark')).toHaveText(['Kim shed tears.', 'The event commemorated'])
    await page.goto('/highlights')
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(1)
    await expect(page.getByRole('main').getByRole('listitem')).toContainText('Kim shed tears. The event commemorated')
  })

  test('the shortcuts help lists the keys', async ({ page }) => {
    await page.goto(ARTICLE)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    await page.keyboard.press('?')
    const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' })
    await expect(dialog).toContainText('Select the next sentence')
    await expect(dialog).toContainText('Highlight the selection')
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(dialog).toBeHidden()
  })

  test('highlights pass axe in dark mode too', async ({ page }) => {
    await page.emulateMedia({ colorScheme: 'dark' })
    await page.goto(ARTICLE)
    for (const color of ['Yellow', 'Green', 'Blue', 'Pink']) {
      await dragSelect(page, paragraph(page, 'Around 600 North Koreans'), color === 'Yellow' ? 'Around 600' : color === 'Green' ? 'North Koreans died' : color === 'Blue' ? 'were cremated' : 'flown back')
      await page.getByRole('toolbar').getByRole('button', { name: color }).click()
    }
    await expect(page.locator('mark')).toHaveCount(4)
    await expectNoAxeViolations(page)
  })

  test('the toolbar closes with Escape and its buttons are reachable by keyboard', async ({ page }) => {
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'gala event')
    const toolbar = page.getByRole('toolbar', { name: 'Selected text' })
    for (const name of ['Highlight', 'Yellow', 'Green', 'Blue', 'Pink', 'Add note', 'Copy link', 'Share as image']) {
      await expect(toolbar.getByRole('button', { name, exact: true })).toBeVisible()
    }
    await expectNoAxeViolations(page)
    await page.keyboard.press('Escape')
    await expect(toolbar).toBeHidden()
  })

  test('on a phone-sized screen the toolbar stays on screen, above the selection', async ({ page }) => {
    await page.setViewportSize({ width: 375, height: 700 })
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Around 600 North Koreans'), 'were cremated in Kursk')
    const toolbar = await page.getByRole('toolbar', { name: 'Selected text' }).boundingBox()
    const selection = await page.evaluate(() => window.getSelection()?.getRangeAt(0).getBoundingClientRect().top ?? 0)
    expect(toolbar?.x).toBeGreaterThanOrEqual(0)
    expect((toolbar?.x ?? 0) + (toolbar?.width ?? Infinity)).toBeLessThanOrEqual(375)
    expect((toolbar?.y ?? 0) + (toolbar?.height ?? Infinity)).toBeLessThanOrEqual(selection)
  })

  test('two overlapping highlights both render and open separately', async ({ page }) => {
    await page.goto(ARTICLE)
    const watching = paragraph(page, 'Watching the scene')
    await dragSelect(page, watching, 'Kim shed tears')
    await page.getByRole('toolbar').getByRole('button', { name: 'Green' }).click()
    await dragSelect(page, watching, 'held Sunday, Kim shed')
    await page.getByRole('toolbar').getByRole('button', { name: 'Highlight' }).click()

    await expect(watching.locator('mark')).toHaveText(['held Sunday, ', 'Kim shed', ' tears'])
    const dialog = page.getByRole('dialog', { name: 'Highlight' })

    await watching.locator('mark', { hasText: 'tears' }).click()
    await expect(dialog.getByRole('radio', { name: 'Green' })).toBeChecked()
    await dialog.getByRole('button', { name: 'Close' }).click()

    await watching.locator('mark', { hasText: 'held Sunday' }).click()
    await expect(dialog.getByRole('radio', { name: 'Yellow' })).toBeChecked()
    await dialog.getByRole('button', { name: 'Close' }).click()

    // Where they overlap, both are offered.
    await watching.locator('mark', { hasText: /^Kim shed$/ }).click()
    await expect(dialog.getByText('2 highlights overlap here')).toBeVisible()
    await dialog.getByRole('button', { name: /held Sunday, Kim shed/ }).click()
    await expect(dialog.getByRole('radio', { name: 'Yellow' })).toBeChecked()
    expect(await storedRecords(page)).toHaveLength(2)
  })

  test('delete, then Undo, restores the highlight exactly', async ({ page }) => {
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'gala event')
    await page.getByRole('toolbar').getByRole('button', { name: 'Pink' }).click()
    await page.locator('mark').click()
    const dialog = page.getByRole('dialog', { name: 'Highlight' })
    await dialog.getByRole('textbox', { name: 'Note' }).fill('Glitzy, says the wire')
    await dialog.getByRole('button', { name: 'Save note' }).click()
    await expect.poll(async () => JSON.stringify(await storedRecords(page))).toContain('Glitzy, says the wire')
    const before = await storedRecords(page)

    await dialog.getByRole('button', { name: 'Delete' }).click()
    await expect(page.locator('mark')).toHaveCount(0)
    await expect.poll(() => storedRecords(page)).toEqual([])
    await page.getByRole('status').getByRole('button', { name: 'Undo' }).click()
    await expect(page.locator('mark')).toHaveText('gala event')
    await expect.poll(() => storedRecords(page)).toEqual(before)
  })

  test('a highlight made in one tab appears in another open tab without a reload', async ({ page, context }) => {
    const other = await context.newPage()
    await other.goto(ARTICLE)
    await waitForApp(other)
    await expect(other.getByRole('heading', { level: 1 })).toBeVisible()
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
    await page.getByRole('toolbar').getByRole('button', { name: 'Highlight' }).click()
    await expect(other.locator('mark')).toHaveText('Kim shed tears', { timeout: 1000 })
  })
})

test.describe('the highlights view', () => {
  test('lists highlights, finds them by a word of the note, and links to the passage', async ({ page }) => {
    await page.goto('/highlights')
    await expect(page.getByText('No highlights yet')).toBeVisible()
    await expectNoAxeViolations(page)

    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
    await page.getByRole('toolbar').getByRole('button', { name: 'Add note' }).click()
    await page.keyboard.type('An emotional display')
    await page.keyboard.press('Escape')
    await dragSelect(page, paragraph(page, 'Around 600 North Koreans'), 'were cremated in Kursk')
    await page.getByRole('toolbar').getByRole('button', { name: 'Blue' }).click()

    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Highlights/ }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Highlights' })).toBeVisible()
    const items = page.getByRole('main').getByRole('listitem')
    await expect(items).toHaveCount(2)
    // Newest first.
    await expect(items.first()).toContainText('were cremated in Kursk')
    await expectNoAxeViolations(page)

    await page.getByRole('searchbox', { name: 'Search highlights' }).fill('emotional')
    await expect(items).toHaveCount(1)
    await expect(items).toContainText('Kim shed tears')
    await expect(page).toHaveURL(/\?q=emotional/)
    await page.reload()
    await expect(items).toHaveCount(1)

    await page.getByRole('searchbox', { name: 'Search highlights' }).fill('')
    await page.getByRole('combobox', { name: 'Colour' }).selectOption('Blue')
    await expect(items).toHaveCount(1)
    await expect(page).toHaveURL(/color=blue/)
    await page.goBack()
    await expect(items).toHaveCount(2)

    await page.getByRole('link', { name: 'Kim shed tears' }).click()
    const mark = page.locator('mark', { hasText: 'Kim shed tears' })
    await expect(mark).toBeFocused()
    await expect(mark).toBeInViewport()
  })

  test('export JSON, clear storage, import the file: everything is back, and only once', async ({ page }) => {
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
    await page.getByRole('toolbar').getByRole('button', { name: 'Add note' }).click()
    await page.keyboard.type('Keep this')
    await page.keyboard.press('Escape')
    await dragSelect(page, paragraph(page, 'Moscow and Pyongyang'), 'first acknowledged')
    await page.getByRole('toolbar').getByRole('button', { name: 'Green' }).click()
    await expect.poll(async () => (await storedRecords(page)).length).toBe(2)
    const before = sortById(await storedRecords(page))

    await page.goto('/highlights')
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export JSON' }).click()
    const file = await (await download).path()
    const exported = JSON.parse(readFileSync(file, 'utf8')) as { type: string; total: number }
    expect(exported).toMatchObject({ type: 'AnnotationCollection', total: 2 })

    const markdownDownload = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export Markdown' }).click()
    const markdown = readFileSync(await (await markdownDownload).path(), 'utf8')
    expect(markdown).toContain('> Kim shed tears')
    expect(markdown).toContain('Keep this')

    await page.evaluate(() => new Promise((resolve) => (indexedDB.deleteDatabase('broadsheet').onsuccess = resolve)))
    await page.reload()
    await expect(page.getByText('No highlights yet')).toBeVisible()

    const importButton = page.getByLabel('Import JSON')
    await importButton.setInputFiles(file)
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('2 new')
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(2)
    expect(sortById(await storedRecords(page))).toEqual(before)

    await importButton.setInputFiles(file)
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('0 new, 0 updated, 2 already here')
    await expect(page.getByRole('main').getByRole('listitem')).toHaveCount(2)
  })

  test('an invalid or foreign file is refused and nothing stored changes', async ({ page }) => {
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
    await page.keyboard.press('h')
    await expect.poll(async () => (await storedRecords(page)).length).toBe(1)
    const before = await storedRecords(page)
    await page.goto('/highlights')
    const importButton = page.getByLabel('Import JSON')

    await importButton.setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"rows": [1, 2]}') })
    await expect(page.getByRole('alert').filter({ hasText: 'notes.json' })).toContainText('Nothing was imported from notes.json')
    await importButton.setInputFiles({ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('{ not json') })
    await expect(page.getByRole('alert').filter({ hasText: 'broken.json' })).toContainText('Nothing was imported from broken.json')
    expect(await storedRecords(page)).toEqual(before)
  })
})

test.describe('storage that fails', () => {
  test('a record of the wrong shape is reported, does not crash the app, and stays in storage', async ({ page }) => {
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
    await page.keyboard.press('h')
    await expect.poll(async () => (await storedRecords(page)).length).toBe(1)
    await page.evaluate(
      () =>
        new Promise<void>((resolve, reject) => {
          const open = indexedDB.open('broadsheet')
          open.onsuccess = () => {
            const tx = open.result.transaction('highlights', 'readwrite')
            tx.objectStore('highlights').put({ id: 'broken', colour: 42, text: ['not', 'a', 'highlight'] }, 'broken')
            tx.oncomplete = () => {
              open.result.close()
              resolve()
            }
            tx.onerror = () => reject(new Error(String(tx.error)))
          }
        }),
    )
    await page.goto('/highlights')
    await expect(page.getByRole('alert').filter({ hasText: 'could not be read' })).toContainText('1 saved highlight could not be read')
    await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'Kim shed tears' })).toBeVisible()
    await page.goto(ARTICLE)
    await expect(page.locator('mark')).toHaveText('Kim shed tears')
    expect(await storedRecords(page)).toContainEqual({ id: 'broken', colour: 42, text: ['not', 'a', 'highlight'] })
  })

  test('a failed write says so, keeps the highlight, and saves it on retry', async ({ page }) => {
    // Storage refuses every write until the test lets it through, as a full disk would.
    await page.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound with apply below
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((window as unknown as { storageFull?: boolean }).storageFull !== false) throw new DOMException('The quota has been exceeded.', 'QuotaExceededError')
        return put.apply(this, args)
      }
    })
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
    await page.keyboard.press('h')
    const banner = page.getByRole('alert').filter({ hasText: 'highlight change is not saved yet' })
    await expect(banner).toContainText('storage for Broadsheet is full')
    await expect(page.locator('mark')).toHaveText('Kim shed tears')
    expect(await storedRecords(page)).toEqual([])

    await page.evaluate(() => {
      ;(window as unknown as { storageFull?: boolean }).storageFull = false
    })
    await banner.getByRole('button', { name: 'Retry saving' }).click()
    await expect(banner).toBeHidden()
    expect(await storedRecords(page)).toHaveLength(1)
  })
})

function sortById(records: unknown[]) {
  return [...records].sort((a, b) => (a as { id: string }).id.localeCompare((b as { id: string }).id))
}
