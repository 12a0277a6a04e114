import { execFile } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { describe, expect, it } from 'vitest'
import { loadArticleData } from './articles-plugin'

const run = promisify(execFile)
const SEED = readFileSync(new URL('../content/articles/000_1195f8b02fb32f15.txt', import.meta.url), 'utf8')

function folderWith(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'broadsheet-articles-'))
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text)
  return dir
}

describe('loadArticleData', () => {
  it('writes a content-hashed index and one content-hashed body per article', async () => {
    const { listUrl, files, catalog } = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED }))
    expect(catalog.entries).toHaveLength(1)
    expect(listUrl).toMatch(/^\/data\/list\.[0-9a-f]{12}\.json$/)
    const list = JSON.parse(files.get(listUrl) ?? '') as { count: number; chunks: string[] }
    expect(list.count).toBe(1)
    const chunk = JSON.parse(files.get(list.chunks[0] ?? '') ?? '') as { url: string }[]
    const url = chunk[0]?.url ?? ''
    expect(url).toMatch(/^\/data\/articles\/1195f8b02fb32f15\.[0-9a-f]{12}\.json$/)
    expect(JSON.parse(files.get(url) ?? '')).toMatchObject({
      id: '1195f8b02fb32f15',
      headline: 'Kim Jong Un held the first public commemoration for North Korean troops',
      paragraphs: expect.any(Array) as unknown,
      textHash: expect.stringMatching(/^[0-9a-f]{16}$/) as unknown,
    })
  })

  it('writes a lookup that finds an article from its id, shard by shard', async () => {
    const { lookupUrl, files } = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED }))
    const manifest = JSON.parse(files.get(lookupUrl) ?? '') as Record<string, string>
    expect(Object.keys(manifest)).toEqual(['11'])
    const shard = JSON.parse(files.get(manifest['11'] ?? '') ?? '') as Record<string, { slug: string; url: string }>
    expect(shard['1195f8b02fb32f15']?.slug).toBe('kim-jong-un-held-the-first-public-commemoration-1195f8b0')
  })

  it('changes the URLs when an article changes, so caches never serve stale text', async () => {
    const before = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED }))
    const after = await loadArticleData(folderWith({ '000_1195f8b02fb32f15.txt': SEED.replace('shed tears', 'wept') }))
    expect(after.listUrl).not.toBe(before.listUrl)
  })

  it('prefixes URLs with the configured base', async () => {
    expect((await loadArticleData(folderWith({}), '/news/')).listUrl).toMatch(/^\/news\/data\/list\./)
  })

  it('fails naming the file, the line and the problem', async () => {
    const dir = folderWith({ '000_1195f8b02fb32f15.txt': SEED, '004_ab00000000000004.txt': 'SEOUL—No date.' })
    await expect(loadArticleData(dir)).rejects.toThrow(`${dir}/004_ab00000000000004.txt:1: no "date YYYY-MM-DD" field`)
  })

  it('fails clearly when the folder does not exist', async () => {
    await expect(loadArticleData('/no/such/folder')).rejects.toThrow('the articles folder /no/such/folder does not exist')
  })
})

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
