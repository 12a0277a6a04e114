import { randomUUID } from 'node:crypto'
import { readFileSync, writeFileSync } from 'node:fs'
import type { Highlight } from '../src/features/highlights/highlight'
import { toAnnotationCollection } from '../src/features/highlights/web-annotation'
import { expect, test } from './fixtures'
import { ARTICLE, dragSelect, paragraph, storedRecords } from './highlight-helpers'

// src/lib/storage/database.ts: the app's database, and a version older than the one it opens.
const DB_NAME = 'broadsheet'
const OLDER_VERSION = 1
/** /highlights with 20,001 highlights, from navigation start to its first rows on screen. */
const OPEN_BUDGET_MS = 5000

test.describe('storage that answers', () => {
  test('a tab holding an older version open: the reader is told within 2 s, and the list loads once it closes', async ({ page, context }) => {
    // An older Broadsheet in another tab, without a handler that steps aside: a page of our
    // origin that does not run the app, holding the database open at the older version.
    const older = await context.newPage()
    await older.goto('/robots.txt')
    await older.evaluate(
      ({ name, version }) =>
        new Promise<void>((resolve, reject) => {
          const request = indexedDB.open(name, version)
          request.onupgradeneeded = () => request.result.createObjectStore('highlights')
          request.onsuccess = () => {
            ;(window as unknown as { held: IDBDatabase }).held = request.result
            resolve()
          }
          request.onerror = () => {
            reject(new Error(String(request.error)))
          }
        }),
      { name: DB_NAME, version: OLDER_VERSION },
    )

    // When the app asks for the database, and when the reader is told (timed in the page).
    await page.addInitScript(() => {
      const timing: { opened?: number; told?: number } = {}
      ;(window as unknown as { timing: typeof timing }).timing = timing
      // eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound with apply below
      const open = IDBFactory.prototype.open
      IDBFactory.prototype.open = function (this: IDBFactory, ...args: Parameters<IDBFactory['open']>) {
        timing.opened ??= performance.now()
        return open.apply(this, args)
      }
      new MutationObserver((_, observer) => {
        if (!document.querySelector('main')?.textContent.includes('open in another tab')) return
        timing.told = performance.now()
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true, characterData: true })
    })
    await page.goto('/highlights')
    const problem = page.getByRole('main').getByRole('alert').filter({ hasText: 'could not be loaded' })
    await expect(problem).toContainText('Broadsheet is open in another tab with an older version — close it, then Retry')
    const { opened = NaN, told = NaN } = await page.evaluate(() => (window as unknown as { timing: { opened?: number; told?: number } }).timing)
    test.info().annotations.push({ type: 'blocked: from asking for the database to the message (ms)', description: String(Math.round(told - opened)) })
    expect(told - opened).toBeLessThan(2000)
    await expect(page.getByText('No highlights yet')).toBeHidden()

    // Retry answers at once while the other tab still holds on.
    await problem.getByRole('button', { name: 'Retry' }).click()
    await expect(problem).toContainText('open in another tab')

    // The other tab closes: the list loads by itself.
    await older.close()
    await expect(page.getByText('No highlights yet')).toBeVisible()
    await expect(problem).toBeHidden()
  })

  test('another tab upgrading the database is never blocked by this one, and this one says to reload', async ({ page, context }) => {
    await page.goto('/highlights')
    await expect(page.getByText('No highlights yet')).toBeVisible()
    // A newer Broadsheet opens the database at a higher version in another tab.
    const newer = await context.newPage()
    await newer.goto('/robots.txt')
    const upgraded = await newer.evaluate(
      ({ name }) =>
        new Promise<string>((resolve) => {
          const request = indexedDB.open(name, 99)
          request.onblocked = () => {
            resolve('blocked')
          }
          request.onsuccess = () => {
            request.result.close()
            resolve('opened')
          }
        }),
      { name: DB_NAME },
    )
    expect(upgraded).toBe('opened')
    const problem = page.getByRole('main').getByRole('alert').filter({ hasText: 'could not be loaded' })
    await expect(problem).toContainText('Broadsheet was updated in another tab — reload this one')
    await expect(problem.getByRole('button', { name: 'Reload' })).toBeVisible()
  })

  test('without IndexedDB, the reader is told storage is unavailable, and an article still reads and highlights in memory', async ({ page }) => {
    await page.addInitScript(() => {
      Object.defineProperty(window, 'indexedDB', { value: undefined, configurable: true })
    })
    await page.goto('/highlights')
    const problem = page.getByRole('main').getByRole('alert').filter({ hasText: 'could not be loaded' })
    await expect(problem).toContainText('Storage is unavailable')
    await expect(page.getByText('No highlights yet')).toBeHidden()

    await page.goto(ARTICLE)
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
    const banner = page.getByRole('alert').filter({ hasText: 'Storage is unavailable' }).first()
    await expect(banner).toContainText('Your saved highlights could not be loaded')
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
    await page.getByRole('toolbar').getByRole('button', { name: 'Highlight' }).click()
    await expect(page.locator('mark')).toHaveText('Kim shed tears')
    await expect(banner).toContainText('1 highlight change is not saved yet')

    const download = page.waitForEvent('download')
    await banner.getByRole('button', { name: 'Export' }).click()
    const exported = JSON.parse(readFileSync(await (await download).path(), 'utf8')) as { total: number; first: { items: { target: { source: string } }[] } }
    expect(exported.total).toBe(1)
    expect(exported.first.items[0]?.target.source).toContain('/articles/kim-jong-un')

    // Kept in this tab: a client-side navigation lists it, under the reason it is not stored.
    await page.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: /Highlights/ }).click()
    await expect(page.getByRole('main').getByRole('alert').filter({ hasText: 'could not be loaded' })).toContainText('kept in this tab only')
    await expect(page.getByRole('main').getByRole('listitem').filter({ hasText: 'Kim shed tears' })).toBeVisible()
  })

  test('an import that fails part-way stores nothing', async ({ page }) => {
    // Storage refuses one value synchronously, in the middle of the import's transaction.
    await page.addInitScript(() => {
      // eslint-disable-next-line @typescript-eslint/unbound-method -- re-bound with apply below
      const put = IDBObjectStore.prototype.put
      IDBObjectStore.prototype.put = function (this: IDBObjectStore, ...args: Parameters<IDBObjectStore['put']>) {
        if ((args[0] as { note?: string }).note === 'cannot be stored') throw new DOMException('The object could not be cloned.', 'DataCloneError')
        return put.apply(this, args)
      }
    })
    await page.goto('/highlights')
    await expect(page.getByText('No highlights yet')).toBeVisible()
    const file = collectionFile([fakeHighlight(0, { note: 'stored first' }), fakeHighlight(1, { note: 'cannot be stored' })])
    await page.getByLabel('Import JSON').setInputFiles({ name: 'two.json', mimeType: 'application/json', buffer: file })
    await expect(page.getByRole('alert').filter({ hasText: 'two.json' })).toContainText('Nothing was imported from two.json')
    expect(await storedRecords(page)).toEqual([])
    await page.reload()
    await expect(page.getByText('No highlights yet')).toBeVisible()
  })
})

test.describe('import that never loses newer work', () => {
  test('an older export of an edited highlight keeps the newer note, and says so', async ({ page }) => {
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
    await page.getByRole('toolbar').getByRole('button', { name: 'Add note' }).click()
    const dialog = page.getByRole('dialog', { name: 'Highlight' })
    await page.keyboard.type('First thoughts')
    await dialog.getByRole('button', { name: 'Save note' }).click()
    await page.keyboard.press('Escape')
    await dragSelect(page, paragraph(page, 'Moscow and Pyongyang'), 'first acknowledged')
    await page.keyboard.press('h')
    await expect.poll(async () => (await storedRecords(page)).length).toBe(2)

    await page.goto('/highlights')
    const download = page.waitForEvent('download')
    await page.getByRole('button', { name: 'Export JSON' }).click()
    const backup = await (await download).path()

    // Later, the note is edited.
    await page.goto(ARTICLE)
    await page.locator('mark', { hasText: 'Kim shed tears' }).click()
    const note = dialog.getByRole('textbox', { name: 'Note' })
    await note.fill('Second thoughts, after the backup')
    await dialog.getByRole('button', { name: 'Save note' }).click()
    await page.keyboard.press('Escape')
    await expect.poll(async () => JSON.stringify(await storedRecords(page))).toContain('Second thoughts, after the backup')

    await page.goto('/highlights')
    await page.getByLabel('Import JSON').setInputFiles(backup)
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('0 new, 0 updated, 1 already here, 1 kept: yours is newer')
    const item = page.getByRole('main').getByRole('listitem').filter({ hasText: 'Kim shed tears' })
    await expect(item).toContainText('Second thoughts, after the backup')
    await expect(item).not.toContainText('First thoughts')
    expect(JSON.stringify(await storedRecords(page))).not.toContain('First thoughts')
  })
})

test.describe('a large library', () => {
  test.setTimeout(120_000)

  test('20,000 highlights import without long stalls, and /highlights opens them with the list virtualised', async ({ page }) => {
    // One real highlight gives the article's id, text hash and a passage to repeat.
    await page.goto(ARTICLE)
    await dragSelect(page, paragraph(page, 'Watching the scene'), 'Kim shed tears')
    await page.keyboard.press('h')
    await expect.poll(async () => (await storedRecords(page)).length).toBe(1)
    const [real] = (await storedRecords(page)) as Highlight[]
    if (!real) throw new Error('no highlight was stored')
    const many = Array.from({ length: 20_000 }, (_, index) => fakeHighlight(index, { articleId: real.articleId, textHash: real.textHash, selectors: real.selectors }))
    const file = collectionFile(many)
    // From disk, as a person picks it: a file given as a buffer is rebuilt by script inside the page.
    const path = test.info().outputPath('library.json')
    writeFileSync(path, file)

    await page.goto('/highlights')
    await page.evaluate(() => {
      const durations: number[] = []
      ;(window as unknown as { longTasks: number[] }).longTasks = durations
      new PerformanceObserver((list) => {
        for (const entry of list.getEntries()) durations.push(Math.round(entry.duration))
      }).observe({ type: 'longtask' })
    })
    const importStarted = Date.now()
    await page.getByLabel('Import JSON').setInputFiles(path)
    await expect(page.getByRole('status').filter({ hasText: 'Imported' })).toContainText('20,000 new', { timeout: 60_000 })
    const importMs = Date.now() - importStarted
    await expect(page.getByRole('main').getByRole('listitem').first()).toBeVisible()
    const longTasks = await page.evaluate(() => (window as unknown as { longTasks: number[] }).longTasks)
    const longest = Math.max(0, ...longTasks)
    test.info().annotations.push(
      { type: 'import of 20,000 (file of MB)', description: `${importMs} ms, ${(file.length / 1e6).toFixed(1)} MB` },
      { type: 'long tasks during import (ms)', description: JSON.stringify(longTasks) },
    )
    expect(longest, `long tasks: ${JSON.stringify(longTasks)}`).toBeLessThan(200)

    // When the list first shows, timed in the page (polling from here would add its own delay).
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (!document.querySelector('main li[aria-posinset]')) return
        ;(window as unknown as { listShown: number }).listShown = performance.now()
        observer.disconnect()
      }).observe(document, { childList: true, subtree: true })
    })
    await page.goto('/highlights')
    const items = page.getByRole('main').getByRole('listitem')
    await expect(items.first()).toBeVisible()
    const openedAfter = await page.evaluate(() => Math.round((window as unknown as { listShown: number }).listShown))
    test.info().annotations.push({ type: 'open /highlights with 20,001 (ms from navigation start to the list)', description: String(openedAfter) })
    // The newest come first, read backwards through the createdAt index (~0.4 s from navigation
    // here); the whole list follows once all 20,001 are read (~1.3 s). Timing is the benchmark's
    // business: this loose bound catches a list rendered whole again (13.8 s before it was virtualised).
    expect(openedAfter).toBeLessThan(OPEN_BUDGET_MS)
    await expect(page.getByText('20,001 highlights')).toBeVisible()
    await expect(items.first()).toHaveAttribute('aria-setsize', '20001')
    expect(await items.count()).toBeLessThan(100)

    // Tab walks on past the rows first rendered: the list renders more as focus moves down.
    // (Three stops a row: the quote, Share as image, Delete.)
    await items.first().getByRole('link').last().focus()
    for (let press = 0; press < 120; press++) await page.keyboard.press('Tab')
    const reached = await page.evaluate(() => document.activeElement?.closest('li')?.getAttribute('aria-posinset'))
    expect(Number(reached)).toBeGreaterThan(30)
  })
})

function fakeHighlight(index: number, overrides: Partial<Highlight> = {}): Highlight {
  const at = new Date(Date.UTC(2024, 0, 1) + index * 60_000).toISOString()
  return {
    schemaVersion: 1,
    id: randomUUID(),
    articleId: '1195f8b02fb32f15',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'Kim shed tears', prefix: 'the gala event held Sunday, ', suffix: '.' },
      { type: 'TextPositionSelector', start: 100, end: 114 },
    ],
    textHash: '0000000000000000',
    color: (['yellow', 'green', 'blue', 'pink'] as const)[index % 4] ?? 'yellow',
    note: index % 3 === 0 ? `Note number ${index}` : '',
    createdAt: at,
    updatedAt: at,
    ...overrides,
  }
}

/** An export file of these highlights, as the app writes it. */
function collectionFile(highlights: readonly Highlight[]): Buffer {
  const collection = toAnnotationCollection(highlights, { articleUrl: () => undefined, id: `urn:uuid:${randomUUID()}` })
  return Buffer.from(JSON.stringify(collection, null, 2))
}
