import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { expect, test } from './fixtures'
import { ARTICLE } from './highlight-helpers'

test('Chromium finds the app installable from the list and from an article, with the icons the manifest names', async ({ playwright, baseURL }, testInfo) => {
  // Installing is never offered in a private window, which is what a test's context is: a profile of its own.
  const profile = await mkdtemp(path.join(tmpdir(), 'broadsheet-install-'))
  const context = await playwright.chromium.launchPersistentContext(profile, { ...testInfo.project.use.launchOptions, baseURL })
  try {
    const page = await context.newPage()
    for (const address of ['/', ARTICLE]) {
      await page.goto(address)
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible()
      const cdp = await context.newCDPSession(page)
      const { installabilityErrors } = await cdp.send('Page.getInstallabilityErrors')
      expect(installabilityErrors, address).toEqual([])
      const manifest = await cdp.send('Page.getAppManifest')
      expect(manifest.errors, address).toEqual([])
      await cdp.detach()
    }
    const manifest = (await (await page.request.get('/manifest.webmanifest')).json()) as { display: string; icons: { src: string; sizes: string; purpose?: string }[] }
    expect(manifest.display).toBe('standalone')
    expect(manifest.icons.some((icon) => icon.purpose === 'maskable')).toBe(true)
    for (const icon of manifest.icons) {
      const response = await page.request.get(icon.src)
      expect(response.ok(), icon.src).toBe(true)
      if (icon.sizes === 'any') continue
      // The PNG's own header says how large it is.
      const png = await response.body()
      const [width, height] = [png.readUInt32BE(16), png.readUInt32BE(20)]
      expect(`${String(width)}x${String(height)}`, icon.src).toBe(icon.sizes)
    }
  } finally {
    await context.close()
    await rm(profile, { recursive: true, force: true })
  }
})
