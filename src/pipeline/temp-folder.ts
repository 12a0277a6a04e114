import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { onTestFinished } from 'vitest'

/**
 * A new empty folder under the system's temporary folder, deleted when the test that asked
 * for it finishes (passed or failed): build tests write whole sites, and a machine that runs
 * the suite all day should not fill up with them. Call it inside a test.
 */
export function tempFolder(prefix: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), prefix))
  onTestFinished(() => {
    rmSync(folder, { recursive: true, force: true })
  })
  return folder
}
