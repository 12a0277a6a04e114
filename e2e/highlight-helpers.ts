import { expect, type Locator, type Page } from '@playwright/test'

export const ARTICLE = '/articles/kim-jong-un-held-the-first-public-commemoration-1195f8b0'

/**
 * Selects `text` inside `scope` the way a person does: press the mouse before its first
 * character and drag to just past its last one.
 */
export async function dragSelect(page: Page, scope: Locator, text: string) {
  await scope.scrollIntoViewIfNeeded()
  const points = await scope.evaluate((element, wanted) => {
    const nodes: Text[] = []
    const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT)
    for (let node = walker.nextNode(); node; node = walker.nextNode()) nodes.push(node as Text)
    const whole = nodes.map((node) => node.data).join('')
    const at = whole.indexOf(wanted)
    if (at < 0) throw new Error(`"${wanted}" is not in ${whole.slice(0, 60)}…`)
    const locate = (offset: number) => {
      let remaining = offset
      for (const node of nodes) {
        if (remaining <= node.data.length) return { node, offset: remaining }
        remaining -= node.data.length
      }
      throw new Error('offset out of range')
    }
    const charBox = (offset: number) => {
      const { node, offset: local } = locate(offset)
      const range = document.createRange()
      range.setStart(node, local)
      range.setEnd(node, local + 1)
      const rect = range.getClientRects()[0] ?? range.getBoundingClientRect()
      return rect
    }
    const first = charBox(at)
    const last = charBox(at + wanted.length - 1)
    return {
      start: { x: first.left + 1, y: first.top + first.height / 2 },
      end: { x: last.right - 1, y: last.top + last.height / 2 },
    }
  }, text)
  await page.mouse.move(points.start.x, points.start.y)
  await page.mouse.down()
  await page.mouse.move(points.end.x, points.end.y, { steps: 8 })
  await page.mouse.up()
}

export function paragraph(page: Page, startsWith: string): Locator {
  return page.getByRole('article').getByRole('paragraph').filter({ hasText: startsWith })
}

/** Reads every record in one of the app's IndexedDB stores, as stored. */
export function storedRecords(page: Page, store = 'highlights'): Promise<unknown[]> {
  return page.evaluate(
    (store) =>
      new Promise<unknown[]>((resolve, reject) => {
        const open = indexedDB.open('broadsheet')
        open.onerror = () => reject(new Error(String(open.error)))
        open.onsuccess = () => {
          const request = open.result.transaction(store).objectStore(store).getAll()
          request.onsuccess = () => {
            open.result.close()
            resolve(request.result)
          }
          request.onerror = () => reject(new Error(String(request.error)))
        }
      }),
    store,
  )
}

/** Tabs to the article's first paragraph, as a keyboard reader does, then walks `steps` paragraphs down with the arrow key. */
export async function focusParagraphByKeyboard(page: Page, steps: number) {
  const lede = paragraph(page, 'Kim Jong Un held the first public commemoration')
  for (let presses = 0; presses < 15 && !(await lede.evaluate((element) => element === document.activeElement)); presses++) {
    await page.keyboard.press('Tab')
  }
  await expect(lede).toBeFocused()
  for (let down = 0; down < steps; down++) await page.keyboard.press('ArrowDown')
}
