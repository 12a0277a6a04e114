import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { textHashOf } from './build-catalog.ts'
import { extractAllEntities, extractEach, type ExtractionReport, type TextToExtract } from './extract-all-entities.ts'
import type { ArticleText } from './extract-entities.ts'

/** As the build hands an article to extraction: with its text's hash, as parsing made it. */
const toExtract = (text: ArticleText): TextToExtract => ({ ...text, textHash: textHashOf(text.paragraphs) })

const articles = [
  { headline: 'Kim Jong Un meets Vladimir Putin in Pyongyang', paragraphs: ['“We are brothers,” Kim Jong Un said in Pyongyang.'] },
  { headline: 'Floods in Kenya', dateline: 'NAIROBI, Kenya', paragraphs: ['The Kenya Red Cross said thousands had left their homes near Nairobi.'] },
  { headline: 'Markets steady', paragraphs: ['Shares in Tokyo and Seoul were little changed, according to the Bank of Japan.'] },
].map(toExtract)

let dir = ''
afterEach(() => {
  if (dir) rmSync(dir, { recursive: true, force: true })
})

async function extract(input: readonly TextToExtract[], cacheDir: string) {
  let counts: ExtractionReport | undefined
  const entities = await extractAllEntities(input, {
    cacheDir,
    report: (report) => {
      counts = report
    },
  })
  return { entities, counts }
}

/** Each shard file's modification time, by name. */
function shardTimes(cacheDir: string): Record<string, number> {
  return Object.fromEntries(readdirSync(cacheDir).map((name) => [name, statSync(path.join(cacheDir, name)).mtimeMs]))
}

describe('extractAllEntities with a cache', () => {
  it('extracts only the articles whose text changed since the last build, with the same results', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'entity-cache-'))
    const cacheDir = path.join(dir, 'entities')
    const uncached = await extractAllEntities(articles)

    const first = await extract(articles, cacheDir)
    expect(first.counts).toEqual({ extracted: 3, reused: 0 })
    expect(first.entities).toEqual(uncached)

    const written = shardTimes(cacheDir)
    const again = await extract(articles, cacheDir)
    expect(again.counts).toEqual({ extracted: 0, reused: 3 })
    expect(again.entities).toEqual(uncached)
    expect(shardTimes(cacheDir)).toEqual(written)

    // Fewer articles: the one gone leaves the cache, and comes back extracted afresh.
    expect((await extract(articles.slice(0, 2), cacheDir)).counts).toEqual({ extracted: 0, reused: 2 })
    expect((await extract(articles, cacheDir)).counts).toEqual({ extracted: 1, reused: 2 })

    const edited = [articles[0], toExtract({ ...articles[1], paragraphs: ['The Kenya Red Cross said thousands had left Mombasa.'] } as ArticleText), articles[2]] as TextToExtract[]
    const before = shardTimes(cacheDir)
    const rebuilt = await extract(edited, cacheDir)
    expect(rebuilt.counts).toEqual({ extracted: 1, reused: 2 })
    expect(rebuilt.entities).toEqual(await extractAllEntities(edited))
    // Only the shards of the old and the new text are written again.
    const after = shardTimes(cacheDir)
    expect(Object.keys(after).filter((shard) => after[shard] !== before[shard]).length).toBeLessThanOrEqual(2)
    expect((await extract(edited, cacheDir)).counts).toEqual({ extracted: 0, reused: 3 })
  })

  it('treats a damaged or missing cache as empty and still returns every article’s entities', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'entity-cache-'))
    const cacheDir = path.join(dir, 'entities')
    await extract(articles, cacheDir)
    for (const shard of readdirSync(cacheDir)) writeFileSync(path.join(cacheDir, shard), '{"keys": ["a"], "entities": [')
    const damaged = await extract(articles, cacheDir)
    expect(damaged.counts).toEqual({ extracted: 3, reused: 0 })
    expect(damaged.entities).toEqual(await extractAllEntities(articles))
    expect((await extract(articles, cacheDir)).counts).toEqual({ extracted: 0, reused: 3 })

    const file = path.join(dir, 'a-file')
    writeFileSync(file, '')
    const unwritable = await extract(articles, path.join(file, 'entities'))
    expect(unwritable.entities).toHaveLength(3)
  })
})

describe('extractAllEntities on worker threads', () => {
  it('returns, in order, what extracting each article here returns', async () => {
    // Enough articles for two workers (500 each at least, in two batches each), each slightly different.
    const many = Array.from({ length: 1000 }, (_, n) => {
      const article = articles[n % articles.length] as TextToExtract
      return { ...article, headline: `${article.headline} ${n}` }
    })
    expect(await extractAllEntities(many)).toEqual(extractEach(many))
  })
})
