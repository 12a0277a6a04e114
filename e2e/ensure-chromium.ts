/**
 * The end-to-end tests need a Chromium; `npm test` makes sure there is one before they run.
 * Playwright's own where it is installed, else a system one (CHROMIUM_PATH, else
 * /usr/bin/chromium). With neither: Playwright's download where the network allows, else
 * Debian's package where this machine can install packages, else one line on how to get one.
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import { chromium } from '@playwright/test'

const SYSTEM_CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'

function hasChromium(): boolean {
  return existsSync(chromium.executablePath()) || existsSync(SYSTEM_CHROMIUM)
}

function run(command: string, args: string[], timeout: number): boolean {
  return spawnSync(command, args, { stdio: 'inherit', timeout }).status === 0
}

function canInstallDebianPackages(): { sudo: string[] } | undefined {
  if (!existsSync('/usr/bin/apt-get')) return undefined
  if (process.getuid?.() === 0) return { sudo: [] }
  try {
    execFileSync('sudo', ['-n', 'true'], { stdio: 'ignore' })
    return { sudo: ['sudo'] }
  } catch {
    return undefined
  }
}

function installChromium(): boolean {
  console.log('No Chromium for the end-to-end tests: trying Playwright’s download…')
  if (run('npx', ['playwright', 'install', 'chromium'], 300_000) && hasChromium()) return true
  const apt = canInstallDebianPackages()
  if (!apt) return false
  console.log('Playwright’s download failed: installing Debian’s chromium…')
  const aptGet = (...args: string[]) => (apt.sudo.length > 0 ? run('sudo', ['-n', 'apt-get', ...args], 900_000) : run('apt-get', args, 900_000))
  return aptGet('update', '-qq') && aptGet('install', '-y', '-qq', 'chromium', 'fonts-dejavu-core') && hasChromium()
}

if (!hasChromium() && !installChromium()) {
  console.error(
    'No Chromium for the end-to-end tests, and none could be installed: run `npx playwright install chromium` (needs network), or install one (Debian: `apt-get install chromium`) and set CHROMIUM_PATH to it.',
  )
  process.exit(1)
}
