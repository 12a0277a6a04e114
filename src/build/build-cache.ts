import { existsSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'

const CACHE_ROOT = 'node_modules/.cache'
const KIND_PREFIX = 'broadsheet-'

/**
 * Where the build keeps what it made for one folder (an output or an articles folder), beside
 * the project and never in the output: `node_modules/.cache/broadsheet-<kind>/<folder as a
 * name>`, relative to the project. One per folder, so two builds at once never share one.
 */
export function buildCachePath(kind: string, folder: string): string {
  return `${CACHE_ROOT}/${KIND_PREFIX}${kind}/${folder.replace(/[^A-Za-z0-9]+/g, '-')}`
}

/** Deletes everything every kind of build cache keeps for `folder` (a file or folder named after it, with any suffix). */
export function forgetBuildCaches(folder: string): void {
  if (!existsSync(CACHE_ROOT)) return
  const name = path.basename(buildCachePath('', folder))
  for (const kind of readdirSync(CACHE_ROOT).filter((entry) => entry.startsWith(KIND_PREFIX))) {
    for (const entry of readdirSync(path.join(CACHE_ROOT, kind)).filter((entry) => entry === name || entry.startsWith(`${name}.`) || entry.startsWith(`${name}-`))) {
      rmSync(path.join(CACHE_ROOT, kind, entry), { recursive: true, force: true })
    }
  }
}
