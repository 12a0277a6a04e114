import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'

const run = promisify(execFile)
const SEED = readFileSync(new URL('../content/articles/000_1195f8b02fb32f15.txt', import.meta.url), 'utf8')

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-articles-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

// These run the real build, as `ARTICLES_DIR=… npm run build` would.
describe('vite build over ARTICLES_DIR', { timeout: 60_000 }, () => {
  const build = (articlesDir: string, outDir: string) =>
    run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, ARTICLES_DIR: articlesDir },
    })

  it('fails with the file, line and problem when one file is malformed', async () => {
    const dir = folderWith({ '000_1195f8b02fb32f15.txt': SEED, '004_ab00000000000004.txt': 'date 2025-02-30 SEOUL—Text.' })
    const failure = await build(dir, mkdtempSync(path.join(tmpdir(), 'broadsheet-out-'))).then(
      () => 'built',
      (error: unknown) => (error as { stderr: string }).stderr,
    )
    expect(failure).toContain(`${dir}/004_ab00000000000004.txt:1: "date 2025-02-30" is not a real day`)
  })

  it('builds an app over an empty folder, with an empty list and a page that says so', async () => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'broadsheet-out-'))
    await build(folderWith({}), outDir)
    const listFile = readdirSync(path.join(outDir, 'data')).find((name) => name.startsWith('list.'))
    expect(JSON.parse(readFileSync(path.join(outDir, 'data', listFile ?? ''), 'utf8'))).toMatchObject({ count: 0, chunkSize: 100, chunks: [] })
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('No articles yet')
  })
})
