import { existsSync } from 'node:fs'
import { chromium, defineConfig, devices } from '@playwright/test'

import { CORPUS_OUT, E2E_OFFSET, SEED_OUT } from './build-output'

// E2E_PORT_OFFSET runs a second copy of the suite beside a first (other ports, other folders).
const SEED_PORT = 4173 + E2E_OFFSET
const CORPUS_PORT = 4174 + E2E_OFFSET
const GENERATED_PORT = 4177 + E2E_OFFSET
// Each corpus is built into its own folder so none clobbers the seed build (CORPUS_OUT too).
const GENERATED_ARTICLES = `node_modules/.cache/broadsheet-e2e-generated-articles${E2E_OFFSET || ''}`
const GENERATED_OUT = `node_modules/.cache/broadsheet-e2e-generated${E2E_OFFSET || ''}`

export default defineConfig({
  testDir: '.',
  // Each copy of the suite (E2E_PORT_OFFSET) keeps its own results: Playwright empties the folder as it starts.
  outputDir: `../test-results${E2E_OFFSET ? `-${E2E_OFFSET}` : ''}`,
  fullyParallel: true,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  reporter: process.env.CI ? [['list'], ['html', { open: 'never' }]] : 'list',
  use: {
    trace: 'retain-on-failure',
    launchOptions: {
      executablePath: chromiumExecutable(),
      // This machine has no outside network; these keep Chromium from trying to reach it.
      args: ['--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-dev-shm-usage'],
    },
  },
  projects: [
    {
      name: 'seed',
      testIgnore: ['corpus/**', 'generated/**'],
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${SEED_PORT}` },
    },
    {
      name: 'corpus',
      testMatch: ['corpus/**/*.spec.ts'],
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${CORPUS_PORT}` },
    },
    {
      name: 'generated',
      testMatch: ['generated/**/*.spec.ts'],
      use: { ...devices['Desktop Chrome'], baseURL: `http://localhost:${GENERATED_PORT}` },
    },
  ],
  webServer: [
    {
      command: `npx vite build --outDir ${SEED_OUT} --emptyOutDir && npx vite preview --outDir ${SEED_OUT} --port ${SEED_PORT} --strictPort`,
      url: `http://localhost:${SEED_PORT}`,
      cwd: '..',
      // Link previews name their card by an absolute address: the one this server answers at.
      env: { SITE_URL: `http://localhost:${SEED_PORT}` },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      command: `npx vite build --outDir ${CORPUS_OUT} --emptyOutDir && npx vite preview --outDir ${CORPUS_OUT} --port ${CORPUS_PORT} --strictPort`,
      url: `http://localhost:${CORPUS_PORT}`,
      cwd: '..',
      env: { ARTICLES_DIR: 'e2e/corpus/articles' },
      reuseExistingServer: !process.env.CI,
      timeout: 120_000,
    },
    {
      // A few hundred generated articles (src/scripts/generate-corpus.ts): enough for facets and search to mean something.
      command: `npx tsx src/scripts/generate-corpus.ts --count 300 --seed 7 --out ${GENERATED_ARTICLES} --clean && npx vite build --outDir ${GENERATED_OUT} --emptyOutDir --logLevel warn && npx vite preview --outDir ${GENERATED_OUT} --port ${GENERATED_PORT} --strictPort`,
      url: `http://localhost:${GENERATED_PORT}`,
      cwd: '..',
      env: { ARTICLES_DIR: GENERATED_ARTICLES },
      reuseExistingServer: !process.env.CI,
      timeout: 180_000,
    },
  ],
})

/**
 * Playwright's own Chromium where it is installed, else a system one (CHROMIUM_PATH, else
 * /usr/bin/chromium). With neither, say how to get one instead of failing obscurely.
 */
function chromiumExecutable(): string | undefined {
  if (existsSync(chromium.executablePath())) return undefined
  const system = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium'
  if (existsSync(system)) return system
  console.error(
    'No Chromium for the end-to-end tests: run `npx playwright install chromium` (needs network), or install one (Debian: `apt-get install chromium`) and set CHROMIUM_PATH to it.',
  )
  process.exit(1)
}
