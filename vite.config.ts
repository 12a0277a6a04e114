/// <reference types="vitest/config" />
import tailwindcss from '@tailwindcss/vite'
import react from '@vitejs/plugin-react'
import { defineConfig } from 'vite'
import { beforePaintScriptPlugin } from './src/build/before-paint-script.ts'
import { prerenderPlugin } from './src/build/prerender-plugin.ts'
import { serviceWorkerPlugin } from './src/build/service-worker-plugin.ts'
import { siteDataPlugin, siteSource } from './src/build/site-plugin.ts'

// ARTICLES_DIR builds the reader over another folder of raw article files.
const articlesDir = process.env.ARTICLES_DIR ?? 'src/content/articles'
// SITE_URL is where the built site will live: canonical links and link previews use it.
const siteUrl = siteOrigin(process.env.SITE_URL ?? 'http://localhost:4173')

// The content pipeline's output (src/pipeline), shared by the data files and the prerendered pages.
const site = siteSource({ articlesDir, siteUrl })

export default defineConfig({
  // The service worker's step comes after the prerender's: it precaches the pages that step writes.
  plugins: [react(), tailwindcss(), beforePaintScriptPlugin(), siteDataPlugin(site), prerenderPlugin(site), serviceWorkerPlugin()],
  build: {
    // No preload helper: measured, its <link rel=modulepreload> insertions cost ~120 ms of
    // start-up at 1x CPU on this machine, more than they save by fetching a chunk's imports early.
    modulePreload: false,
    // One stylesheet, which every page carries inline: with it split, each lazily loaded chunk
    // would list it and insert it again when it loads (a second parse and a restyle).
    cssCodeSplit: false,
    rolldownOptions: {
      output: {
        // React and the router, which every page needs before anything else, in one file.
        codeSplitting: { groups: [{ name: 'framework', test: /node_modules[\\/](react|react-dom|scheduler|react-router)[\\/]/ }] },
      },
    },
  },
  test: {
    include: ['src/**/*.test.{ts,tsx}'],
  },
})

function siteOrigin(value: string): string {
  const url = URL.parse(value)
  if (!url || !/^https?:$/.test(url.protocol)) throw new Error(`SITE_URL must be an absolute http(s) URL, not "${value}"`)
  return url.href.replace(/\/$/, '')
}
