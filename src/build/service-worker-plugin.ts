import path from 'node:path'
import { injectManifest, type ManifestTransform } from '@serwist/build'
import type { Plugin } from 'vite'
import { buildCachePath } from './build-cache.ts'

/**
 * Builds the service worker (decision record 005) and writes it to <outDir>/sw.js with its
 * precache list. It runs after the prerender plugin's build (both are `post` buildApp hooks,
 * run in the order vite.config.ts lists them), so the list's revision is the page the reader
 * gets, not the empty template.
 */
const SW_ENTRY = 'src/features/offline/service-worker.ts'
const swBuildDir = (clientOutDir: string) => buildCachePath('sw', clientOutDir)

/**
 * The app shell and what the list needs to open offline: small, and the same size at 100,000
 * articles but for the two manifests (about 50 kB gzip there). Articles are kept as they are read.
 * The edition's file (fixed name, so it gets a revision) names this edition's list and lookup.
 */
export const PRECACHED = [
  'index.html',
  'highlights/index.html',
  'offline/index.html',
  'assets/**/*.{js,css}',
  'edition.json',
  'data/list.*.json',
  'data/lookup.*.json',
  'manifest.webmanifest',
  'favicon.svg',
  'icons/*.png',
]

export function serviceWorkerPlugin(): Plugin {
  let swOut = swBuildDir('dist')
  return {
    name: 'broadsheet:service-worker',
    config(config) {
      swOut = swBuildDir(config.build?.outDir ?? 'dist')
      return {
        environments: {
          serviceWorker: {
            consumer: 'client',
            build: {
              outDir: swOut,
              emptyOutDir: true,
              copyPublicDir: false,
              // One classic script: every browser with service workers runs it.
              rolldownOptions: { input: { sw: SW_ENTRY }, output: { format: 'iife', codeSplitting: false, entryFileNames: '[name].js' } },
            },
          },
        },
      }
    },
    buildApp: {
      order: 'post',
      async handler(builder) {
        const { client, serviceWorker } = builder.environments
        if (!client || !serviceWorker) throw new Error('the service worker needs the client and serviceWorker environments')
        await builder.build(serviceWorker)
        const outDir = path.resolve(builder.config.root, client.config.build.outDir)
        const { count, size, warnings } = await injectManifest({
          swSrc: path.resolve(builder.config.root, swOut, 'sw.js'),
          swDest: path.join(outDir, 'sw.js'),
          globDirectory: outDir,
          globPatterns: PRECACHED,
          // Their names carry content hashes: the name is the revision.
          dontCacheBustURLsMatching: /^\/?(assets|data)\//,
          manifestTransforms: [pagesByTheirAddress],
        })
        for (const warning of warnings) builder.config.logger.warn(warning)
        builder.config.logger.info(`service worker precaches ${count} files, ${Math.round(size / 1024)} kB`)
      },
    },
  }
}

/** A prerendered page is asked for by its address (/highlights), not its file (highlights/index.html). */
export const pagesByTheirAddress: ManifestTransform = (entries) => ({
  manifest: entries.map((entry) => ({ ...entry, url: entry.url.replace(/(^|\/)index\.html$/, '').replace(/^\/?/, '/').replace(/(.)\/$/, '$1') })),
  warnings: [],
})
