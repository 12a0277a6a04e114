import { readFileSync } from 'node:fs'
import path from 'node:path'

/** The version of an installed package, for cache keys that must change when it does. */
export function installedVersion(name: string): string {
  return (JSON.parse(readFileSync(path.resolve('node_modules', name, 'package.json'), 'utf8')) as { version: string }).version
}
