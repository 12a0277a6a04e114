import { execFile } from 'node:child_process'
import { cpSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { promisify } from 'node:util'
import { describe, expect, it, onTestFinished } from 'vitest'
import { forgetBuildCaches } from './build-cache'
import { tempFolder } from '../pipeline/temp-folder'

const run = promisify(execFile)
const SEED = readFileSync(new URL('../content/articles/000_1195f8b02fb32f15.txt', import.meta.url), 'utf8')

function folderWith(files: Record<string, string>): string {
  const dir = buildFolder('broadsheet-articles-')
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

/** A temporary folder for a build to read or write, forgotten with the build's caches for it when the test ends. */
function buildFolder(prefix: string): string {
  const folder = tempFolder(prefix)
  onTestFinished(() => {
    forgetBuildCaches(folder)
  })
  return folder
}

// These run the real build, as `ARTICLES_DIR=… npm run build` would.
describe('vite build over ARTICLES_DIR', { timeout: 60_000 }, () => {
  const build = (articlesDir: string, outDir: string) =>
    run('npx', ['vite', 'build', '--outDir', outDir, '--emptyOutDir', '--logLevel', 'error'], {
      env: { ...process.env, ARTICLES_DIR: articlesDir },
    })

  it('fails with the file, line and problem when one file is malformed', async () => {
    const dir = folderWith({ '000_1195f8b02fb32f15.txt': SEED, '004_ab00000000000004.txt': 'date 2025-02-30 SEOUL—Text.' })
    const failure = await build(dir, buildFolder('broadsheet-out-')).then(
      () => 'built',
      (error: unknown) => (error as { stderr: string }).stderr,
    )
    expect(failure).toContain(`${dir}/004_ab00000000000004.txt:1: "date 2025-02-30" is not a real day`)
  })

  it('builds an app over an empty folder, with an empty list and a page that says so', async () => {
    const outDir = buildFolder('broadsheet-out-')
    await build(folderWith({}), outDir)
    const listFile = readdirSync(path.join(outDir, 'data')).find((name) => name.startsWith('list.'))
    expect(JSON.parse(readFileSync(path.join(outDir, 'data', listFile ?? ''), 'utf8'))).toMatchObject({ count: 0, chunkSize: 100 })
    expect(readFileSync(path.join(outDir, 'index.html'), 'utf8')).toContain('No articles yet')
  })

  it('updates a built folder in place: renders again and writes only what changed, and writes what a fresh build writes', { timeout: 240_000 }, async () => {
    const dir = buildFolder('broadsheet-articles-')
    cpSync(fileURLToPath(new URL('../../e2e/corpus/articles', import.meta.url)), dir, { recursive: true })
    const outDir = buildFolder('broadsheet-out-')
    // Without --emptyOutDir (the folder is outside the project), as a rebuild into the same folder is run.
    const prerendered = async (out: string, ...flags: string[]) => {
      const { stdout } = await run('npx', ['vite', 'build', '--outDir', out, ...flags], { env: { ...process.env, ARTICLES_DIR: dir } })
      const [pages = 0, rendered = 0, , unchanged = 0] = /prerendered (\d+) pages \((\d+) rendered, (\d+) from the page cache, (\d+) left as they were\)/.exec(stdout)?.slice(1).map(Number) ?? []
      return { pages, rendered, unchanged, stdout }
    }
    const first = await prerendered(outDir, '--emptyOutDir')
    expect(first.rendered).toBe(first.pages)

    // One article's body changes: its page and its neighbours' (which name it) render again.
    const [, , , , , , , edited = '', , removed = ''] = readdirSync(dir).sort()
    const text = readFileSync(path.join(dir, edited), 'utf8')
    writeFileSync(path.join(dir, edited), text.replace(/\n\n(\S)/, '\n\nIn a late change, $1'))
    const again = await prerendered(outDir)
    expect(again.rendered).toBeGreaterThanOrEqual(1)
    expect(again.rendered).toBeLessThanOrEqual(5)
    expect(again.unchanged).toBeGreaterThanOrEqual(again.pages - 5)
    expect(again.stdout).toMatch(/data files: [1-9]\d* written/)

    // Another article goes: its page, data and card go from the folder too.
    rmSync(path.join(dir, removed))
    const third = await prerendered(outDir)
    expect(third.pages).toBeLessThan(first.pages)
    expect(third.stdout).toMatch(/deleted [1-9]\d* files the last build made and this one did not/)

    const fresh = buildFolder('broadsheet-out-')
    await prerendered(fresh, '--emptyOutDir')
    expect(filesOf(outDir)).toEqual(filesOf(fresh))
  })
})

/** Every file under `dir` and its bytes, by path. */
function filesOf(dir: string): Map<string, string> {
  const files = new Map<string, string>()
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort()) {
    const full = path.join(dir, name)
    try {
      files.set(name, readFileSync(full).toString('base64'))
    } catch {
      // a folder
    }
  }
  return files
}
