import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { PNG } from 'pngjs'
import { describe, expect, it } from 'vitest'
import { CARD_HEIGHT, CARD_WIDTH, SAFE_AREA } from './card-layout'
import { renderCard } from './render-card'

// Each case is drawn, checked for ink outside the safe area and for a headline clear of the
// rules above and below it, and compared with its reviewed picture in screenshots/ (written
// afresh, to be looked at before committing, with UPDATE_CARD_SCREENSHOTS=1).
const SCREENSHOTS = new URL('./screenshots/', import.meta.url)
const UPDATE = process.env.UPDATE_CARD_SCREENSHOTS === '1'
const PAPER = [0xfb, 0xfa, 0xf6]

const CASES = {
  'headline-20': 'Storm shuts the port',
  'headline-90': 'Kim Jong Un held the first public commemoration for North Korean troops killed in Kursk',
  'headline-200':
    'Kim Jong Un held the first public commemoration for North Korean troops who died fighting in support of Russia’s war with Ukraine, in a ceremony likely aimed at preparing the population for more',
  'right-to-left': 'ראש הממשלה הודיע היום על תוכנית חדשה לדיור בר השגה בירושלים',
  emoji: 'Fans celebrate 🎉 as the home side wins the cup 🏆 in Łódź',
}

describe('renderCard', () => {
  it.each(Object.entries(CASES))('draws the %s case inside the safe area, as reviewed', async (name, headline) => {
    expect(headline.length).toBeGreaterThan(0)
    const png = PNG.sync.read(await renderCard({ headline, details: 'SEOUL · July 1, 2025', siteName: 'Broadsheet', siteHost: 'news.example' }))
    expect([png.width, png.height]).toEqual([CARD_WIDTH, CARD_HEIGHT])

    const inked = (x: number, y: number) => {
      const at = (y * png.width + x) * 4
      return PAPER.some((value, channel) => Math.abs((png.data[at + channel] ?? 0) - value) > 24)
    }
    const outside: string[] = []
    for (let y = 0; y < png.height; y++) {
      for (let x = 0; x < png.width; x++) {
        const inSafeArea = x >= SAFE_AREA.left && x < SAFE_AREA.right && y >= SAFE_AREA.top && y < SAFE_AREA.bottom
        if (!inSafeArea && inked(x, y)) outside.push(`${x},${y}`)
      }
    }
    expect(outside.slice(0, 5), 'ink outside the safe area').toEqual([])

    // Rows inked across the whole width are the rules: under the nameplate and over the footer.
    const rowInk = Array.from({ length: png.height }, (_, y) => {
      let count = 0
      for (let x = SAFE_AREA.left; x < SAFE_AREA.right; x++) if (inked(x, y)) count++
      return count
    })
    const ruleRows = rowInk.flatMap((count, y) => (count > (SAFE_AREA.right - SAFE_AREA.left) * 0.95 ? [y] : []))
    const nameplateRule = Math.max(...ruleRows.filter((y) => y < png.height / 2))
    const footerRule = Math.min(...ruleRows.filter((y) => y > png.height / 2))
    const headlineRows = rowInk.flatMap((count, y) => (y > nameplateRule && y < footerRule && count > 0 ? [y] : []))
    expect(headlineRows.length, 'the headline is drawn').toBeGreaterThan(40)
    expect(Math.min(...headlineRows) - nameplateRule, 'room under the nameplate').toBeGreaterThanOrEqual(16)
    expect(footerRule - Math.max(...headlineRows), 'room above the footer').toBeGreaterThanOrEqual(16)

    const reviewed = new URL(`${name}.png`, SCREENSHOTS)
    if (UPDATE || !existsSync(reviewed)) {
      mkdirSync(SCREENSHOTS, { recursive: true })
      writeFileSync(reviewed, PNG.sync.write(png))
      if (!UPDATE) throw new Error(`No reviewed picture for ${name}: wrote ${reviewed.pathname}; look at it, then commit it`)
      return
    }
    const expected = PNG.sync.read(readFileSync(reviewed))
    let differing = 0
    for (let at = 0; at < png.data.length; at += 4) {
      if ([0, 1, 2].some((channel) => Math.abs((png.data[at + channel] ?? 0) - (expected.data[at + channel] ?? 0)) > 32)) differing++
    }
    expect(differing / (png.width * png.height), 'pixels unlike the reviewed picture').toBeLessThan(0.005)
  })
})
