/**
 * The app's install icons, drawn from public/favicon.svg by Chromium: 192 and 512 pixel
 * squares, and a maskable 512 that fills its square with the icon's ink and keeps the letter
 * inside the safe zone (the middle 80 %), for launchers that crop icons to circles or squircles.
 *
 *   npm run icons   (after changing the favicon; the PNGs are committed)
 */
import { readFileSync } from 'node:fs'
import { mkdir } from 'node:fs/promises'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const chromePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
const favicon = readFileSync('public/favicon.svg', 'utf8')
const INK = '#1c1b19'
const ICONS = [
  { file: 'public/icons/icon-192.png', size: 192, mark: 1 },
  { file: 'public/icons/icon-512.png', size: 512, mark: 1 },
  { file: 'public/icons/maskable-512.png', size: 512, mark: 0.8 },
]

await mkdir('public/icons', { recursive: true })
const browser = await chromium.launch({ executablePath: existsSync(chromePath) ? chromePath : undefined })
try {
  for (const { file, size, mark } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } })
    const side = Math.round(size * mark)
    const background = mark < 1 ? INK : 'transparent'
    await page.setContent(
      `<body style="margin:0;display:grid;place-items:center;width:${String(size)}px;height:${String(size)}px;background:${background}">` +
        `<img style="width:${String(side)}px;height:${String(side)}px" src="data:image/svg+xml,${encodeURIComponent(favicon)}"></body>`,
    )
    await page.screenshot({ path: file, omitBackground: mark === 1 })
    await page.close()
    console.log(`wrote ${file}`)
  }
} finally {
  await browser.close()
}
