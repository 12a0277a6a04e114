import { cp, rm } from 'node:fs/promises'
import path from 'node:path'
import { preview, type PreviewServer } from 'vite'
import { E2E_OFFSET } from '../build-output'

const ROOT = path.resolve(import.meta.dirname, '../..')

/**
 * A site of its own, served from a folder that builds are published into as a deploy does,
 * so a test can move it to a new edition without disturbing any other test.
 */
export function deployedSite(name: string, port: number) {
  const folder = path.join(ROOT, `node_modules/.cache/broadsheet-e2e-${name}${E2E_OFFSET || ''}`)
  let server: PreviewServer | undefined
  return {
    origin: `http://localhost:${port + E2E_OFFSET}`,
    /** Puts a build (a folder under the repository) where the site is served from. */
    async publish(build: string) {
      // While it is served, over the old files as they are read, as a host that swaps files does:
      // deleting them first made the preview server fail on a file an open page asked for in
      // between (a search shard the old edition's page was prefetching).
      if (!server) await rm(folder, { recursive: true, force: true })
      await cp(path.join(ROOT, build), folder, { recursive: true })
    },
    async serve() {
      server = await preview({ root: ROOT, logLevel: 'silent', build: { outDir: folder }, preview: { port: port + E2E_OFFSET, strictPort: true } })
    },
    async close() {
      await server?.close()
      await rm(folder, { recursive: true, force: true })
    },
  }
}
