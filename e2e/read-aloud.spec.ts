import type { Page } from '@playwright/test'
import { expect, expectNoAxeViolations, test } from './fixtures'
import { ARTICLE } from './highlight-helpers'

type Spoken = { text: string; rate: number; voice: string | null }
type FakeSpeech = { spoken: Spoken[]; cancels: number; finishSentence: () => void }

/**
 * This machine's Chromium has no speech engine, so the page gets a stand-in for the Web
 * Speech API that records what it is asked to say; the test ends each sentence itself.
 */
function fakeSpeechSynthesis() {
  const speech: FakeSpeech = { spoken: [], cancels: 0, finishSentence: () => undefined }
  type Utterance = { text: string; rate: number; voice: { name: string } | null; lang: string; onend?: () => void; onerror?: (event: { error: string }) => void }
  let current: Utterance | null = null
  const voices = [
    { name: 'Test Voice GB', lang: 'en-GB', default: false, localService: true, voiceURI: 'gb' },
    { name: 'Test Voice US', lang: 'en-US', default: true, localService: true, voiceURI: 'us' },
  ]
  const synthesis = Object.assign(new EventTarget(), {
    speaking: false,
    pending: false,
    paused: false,
    getVoices: () => voices,
    speak(utterance: Utterance) {
      current = utterance
      speech.spoken.push({ text: utterance.text, rate: utterance.rate, voice: utterance.voice?.name ?? null })
    },
    cancel() {
      speech.cancels += 1
      const interrupted = current
      current = null
      interrupted?.onerror?.({ error: 'interrupted' })
    },
    pause: () => undefined,
    resume: () => undefined,
  })
  speech.finishSentence = () => {
    const finished = current
    current = null
    finished?.onend?.()
  }
  Object.defineProperty(window, 'speechSynthesis', { value: synthesis, configurable: true })
  Object.defineProperty(window, 'SpeechSynthesisUtterance', {
    configurable: true,
    value: class {
      rate = 1
      voice = null
      lang = ''
      constructor(readonly text: string) {}
    },
  })
  ;(window as unknown as { speech: FakeSpeech }).speech = speech
}

const spoken = (page: Page) => page.evaluate(() => (window as unknown as { speech: FakeSpeech }).speech.spoken)
const lastSpoken = async (page: Page) => (await spoken(page)).at(-1)
const finishSentence = (page: Page) => page.evaluate(() => (window as unknown as { speech: FakeSpeech }).speech.finishSentence())
/** The text the page marks as being spoken (a CSS custom highlight, which the DOM does not show). */
const marked = (page: Page) => page.evaluate(() => [...(CSS.highlights.get('read-aloud') ?? [])].map((range) => (range as Range).toString()).join(''))

test.beforeEach(async ({ page }) => {
  await page.addInitScript(fakeSpeechSynthesis)
})

test('Listen reads the article a sentence at a time, marks it, and goes by paragraph, speed and voice until the reader leaves', async ({ page }) => {
  await page.goto(ARTICLE)
  await page.getByRole('button', { name: 'Listen' }).click()
  const player = page.getByRole('region', { name: 'Read aloud' })
  await expect(player.getByRole('button', { name: 'Pause' })).toBeFocused()
  await expect.poll(async () => (await lastSpoken(page))?.text).toMatch(/^Kim Jong Un held the first public commemoration .* deployments\.$/)
  await expect.poll(() => marked(page)).toBe((await lastSpoken(page))?.text)

  // Each sentence leads to the next, across paragraphs.
  await finishSentence(page)
  await expect.poll(async () => (await lastSpoken(page))?.text).toMatch(/^The disclosure occurred at a glitzy Pyongyang gala/)
  await expect(player.getByText('Reading paragraph 2 of 11')).toBeVisible()
  await expect.poll(() => marked(page)).toMatch(/^The disclosure occurred/)

  await player.getByRole('button', { name: 'Next paragraph' }).click()
  await expect.poll(async () => (await lastSpoken(page))?.text).toMatch(/^In an undated video played at the event/)
  await player.getByRole('button', { name: 'Previous paragraph' }).click()
  await expect.poll(async () => (await lastSpoken(page))?.text).toMatch(/^The disclosure occurred/)

  await player.getByLabel('Speed').selectOption('1.5')
  await expect.poll(async () => (await lastSpoken(page))?.rate).toBe(1.5)
  await player.getByLabel('Voice').selectOption({ label: 'Test Voice GB (en-GB)' })
  await expect.poll(async () => (await lastSpoken(page))?.voice).toBe('Test Voice GB')
  expect((await lastSpoken(page))?.text).toMatch(/^The disclosure occurred/)

  // Pause stops the voice; Play says the sentence again.
  const before = (await spoken(page)).length
  await player.getByRole('button', { name: 'Pause' }).click()
  await expect(player.getByText('Paused')).toBeVisible()
  await finishSentence(page)
  expect((await spoken(page)).length).toBe(before)
  await player.getByRole('button', { name: 'Play' }).click()
  await expect.poll(async () => (await spoken(page)).length).toBe(before + 1)

  // Leaving the article stops it: nothing more is said.
  await page.getByRole('link', { name: 'All articles' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(/Latest|articles/i)
  const afterLeaving = (await spoken(page)).length
  await finishSentence(page)
  expect((await spoken(page)).length).toBe(afterLeaving)
  await expect(player).toBeHidden()
})

test('reading aloud works from the keyboard alone', async ({ page }) => {
  await page.goto(ARTICLE)
  await page.keyboard.press('l')
  const player = page.getByRole('region', { name: 'Read aloud' })
  await expect(player.getByRole('button', { name: 'Pause' })).toBeFocused()
  await expect.poll(async () => (await spoken(page)).length).toBe(1)
  await expectNoAxeViolations(page)
  await page.keyboard.press('l')
  await expect(player.getByText('Paused')).toBeVisible()
  await page.keyboard.press('l')
  await expect.poll(async () => (await spoken(page)).length).toBe(2)
  await page.keyboard.press('Tab')
  await expect(player.getByRole('button', { name: 'Next paragraph' })).toBeFocused()
  await page.keyboard.press('Enter')
  await expect.poll(async () => (await lastSpoken(page))?.text).toMatch(/^The disclosure occurred/)
  await page.keyboard.press('Escape')
  await expect(player).toBeHidden()
  await expect(page.getByRole('button', { name: 'Listen' })).toBeFocused()
})

test('the sentence being read stays in view, unless the reader scrolls away', async ({ page }) => {
  await page.setViewportSize({ width: 900, height: 600 })
  await page.goto(ARTICLE)
  await page.getByRole('button', { name: 'Listen' }).click()
  await expect.poll(async () => (await spoken(page)).length).toBe(1)
  const player = page.getByRole('region', { name: 'Read aloud' })
  for (let paragraph = 0; paragraph < 5; paragraph++) await player.getByRole('button', { name: 'Next paragraph' }).click()
  await expect(player.getByText('Reading paragraph 6 of 11')).toBeVisible()
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBeGreaterThan(200)
  const markedBox = () =>
    page.evaluate(() => {
      const range = [...(CSS.highlights.get('read-aloud') ?? [])][0] as Range | undefined
      const box = range?.getBoundingClientRect()
      return box ? { top: box.top, bottom: box.bottom } : null
    })
  // Where the page comes to rest: a slow machine is still easing it to the sentence, whose
  // top is already at or past 0 while it comes up from below (seen: bottom at 651 of 600).
  await expect.poll(() => pageAtRest(page)).toBe(true)
  await expect.poll(async () => (await markedBox())?.top).toBeGreaterThanOrEqual(0)
  expect((await markedBox())?.bottom).toBeLessThan(600)

  // The reader scrolls back up to the headline: the voice reads on, and the page stays put.
  await page.mouse.move(450, 200)
  await page.mouse.wheel(0, -5000)
  await expect.poll(() => page.evaluate(() => window.scrollY)).toBe(0)
  await finishSentence(page)
  await expect.poll(async () => (await spoken(page)).length).toBeGreaterThan(6)
  await page.waitForTimeout(300)
  expect(await page.evaluate(() => window.scrollY)).toBe(0)
})

test('browsers without speech synthesis are offered no Listen button', async ({ page }) => {
  await page.addInitScript(() => {
    delete (window as { speechSynthesis?: unknown }).speechSynthesis
    delete (Window.prototype as { speechSynthesis?: unknown }).speechSynthesis
  })
  await page.goto(ARTICLE)
  await expect(page.getByRole('button', { name: 'Reading settings' })).toBeEnabled()
  await expect(page.getByRole('button', { name: 'Listen' })).toBeHidden()
  await page.keyboard.press('l')
  await expect(page.getByRole('region', { name: 'Read aloud' })).toBeHidden()
})

/** Whether the page is not scrolling: the same place twice, a few frames apart. */
async function pageAtRest(page: Page): Promise<boolean> {
  const before = await page.evaluate(() => window.scrollY)
  await page.waitForTimeout(150)
  return before === (await page.evaluate(() => window.scrollY))
}
