import { spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, describe, expect, it } from 'vitest'
import { buildCatalog } from '../pipeline/build-catalog.ts'
import { indexTerms } from '../lib/search/tokenize.ts'
import { parseArticle } from '../pipeline/parse-article.ts'
import {
  articleFileName,
  articleId,
  CorpusError,
  createRng,
  generateArticle,
  generateCorpus,
  type GeneratedArticle,
  MAX_SENTENCE_WORDS,
  MIN_SENTENCE_WORDS,
  parseCommandLine,
  PEOPLE_POOL,
  TOPIC_NAMES,
  writeCorpus,
} from './generate-corpus.ts'

/** The file-name rule in build-catalog.ts (not exported there). */
const FILE_NAME = /^(\d+)_([0-9a-f]{16})\.txt$/
const REPO = fileURLToPath(new URL('../..', import.meta.url))
const SCRIPT = fileURLToPath(new URL('./generate-corpus.ts', import.meta.url))

const SEED = 42
const SAMPLE_SIZE = 2000
const sample: GeneratedArticle[] = Array.from({ length: SAMPLE_SIZE }, (_, index) => generateArticle(SEED, index))

const scratch: string[] = []
function scratchDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'generate-corpus-'))
  scratch.push(dir)
  return dir
}
afterAll(() => {
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true })
})

/** Words as reading-time.ts counts them: white-space separated tokens with a letter or digit. */
function countWords(text: string): number {
  return text.split(/\s+/).filter((token) => /[\p{L}\p{N}]/u.test(token)).length
}

function share(predicate: (article: GeneratedArticle) => boolean): number {
  return sample.filter(predicate).length / sample.length
}

describe('createRng', () => {
  it('repeats the same sequence for the same seed and stream, in [0, 1)', () => {
    const a = createRng(7)
    const b = createRng(7)
    const first = Array.from({ length: 1000 }, () => a())
    expect(Array.from({ length: 1000 }, () => b())).toEqual(first)
    expect(first.every((value) => value >= 0 && value < 1)).toBe(true)
    expect(new Set(first).size).toBeGreaterThan(990)
  })

  it('gives different sequences for different seeds and streams', () => {
    const draw = (rng: () => number) => Array.from({ length: 8 }, () => rng())
    expect(draw(createRng(7))).not.toEqual(draw(createRng(8)))
    expect(draw(createRng(7, 1))).not.toEqual(draw(createRng(7, 2)))
  })
})

describe('articleId', () => {
  it('is 16 lower-case hex digits and the same every time', () => {
    expect(articleId(SEED, 0)).toMatch(/^[0-9a-f]{16}$/)
    expect(articleId(SEED, 123)).toBe(articleId(SEED, 123))
    expect(articleId(SEED, 123)).not.toBe(articleId(SEED + 1, 123))
  })

  it('never repeats within a 100,000-article corpus', () => {
    const ids = new Set(Array.from({ length: 100_000 }, (_, index) => articleId(SEED, index)))
    expect(ids.size).toBe(100_000)
  })
})

describe('articleFileName', () => {
  it('pads the number to at least three digits and to the widest index', () => {
    const id = articleId(SEED, 0)
    expect(articleFileName(0, id, 300)).toBe(`000_${id}.txt`)
    expect(articleFileName(299, id, 300)).toBe(`299_${id}.txt`)
    expect(articleFileName(7, id, 10_000)).toBe(`0007_${id}.txt`)
    expect(articleFileName(99_999, id, 100_000)).toBe(`99999_${id}.txt`)
    expect(articleFileName(123, id, 1_000_000)).toBe(`000123_${id}.txt`)
  })

  it('is accepted by the catalog’s file-name rule', () => {
    for (const { name } of generateCorpus(SEED, 50)) expect(name).toMatch(FILE_NAME)
  })
})

describe('generated articles', () => {
  it('parse without error into exactly the date, caption, dateline and paragraphs generated', () => {
    for (const article of sample) {
      const parsed = parseArticle(article.text)
      expect(parsed.date).toBe(article.date)
      expect(parsed.caption).toBe(article.caption)
      expect(parsed.dateline).toBe(article.dateline)
      expect(parsed.paragraphs).toEqual(article.paragraphs)
      expect(parsed.title).toBeUndefined()
      // The only warning the parser gives such a file is the missing dateline.
      expect(parsed.warnings).toHaveLength(article.dateline ? 0 : 1)
    }
  })

  it('have the raw newswire shape: " date …" first line, one blank line between paragraphs', () => {
    for (const article of sample) {
      const { text } = article
      expect(text.startsWith(` date ${article.date} `)).toBe(true)
      expect(text.endsWith('\n')).toBe(true)
      expect(text.trimEnd().split('\n\n')).toHaveLength(article.paragraphs.length)
      expect(text).not.toMatch(/\n{3}|\r|\t| {2}|[ \t]\n/)
      if (article.dateline) expect(text).toContain(` ${article.dateline}—${article.paragraphs[0] ?? ''}`)
      if (article.caption) expect(text.split('\n')[0]).toContain(` ${article.caption} `)
    }
  })

  it('use typographic punctuation only', () => {
    for (const { text } of sample) {
      expect(text).not.toMatch(/["']|--/)
    }
    expect(sample.some(({ text }) => text.includes('’'))).toBe(true)
    expect(sample.some(({ text }) => /“[^”]+”/.test(text))).toBe(true)
  })

  it('keep dashes out of captions and ledes, where one could be taken for a dateline', () => {
    for (const article of sample) {
      expect(article.caption ?? '').not.toMatch(/[—–]/)
      expect(article.paragraphs[0]).not.toMatch(/[—–]/)
    }
  })

  it('have 3–25 paragraphs of sentences of 8–35 words, and one- or two-sentence captions', () => {
    for (const article of sample) {
      expect(article.paragraphs.length).toBeGreaterThanOrEqual(3)
      expect(article.paragraphs.length).toBeLessThanOrEqual(25)
      expect(article.sentences.map((sentences) => sentences.join(' '))).toEqual(article.paragraphs)
      const outOfRange = article.sentences.flat().filter((sentence) => {
        const words = countWords(sentence)
        return words < MIN_SENTENCE_WORDS || words > MAX_SENTENCE_WORDS
      })
      expect(outOfRange).toEqual([])
      if (article.caption) {
        const captionWords = countWords(article.caption)
        expect(captionWords).toBeGreaterThanOrEqual(MIN_SENTENCE_WORDS)
        expect(captionWords).toBeLessThanOrEqual(2 * MAX_SENTENCE_WORDS)
        expect(article.caption).toMatch(/\.$/)
      }
    }
    const lengths = sample.map((article) => article.paragraphs.length)
    expect(Math.min(...lengths)).toBeLessThanOrEqual(4)
    expect(Math.max(...lengths)).toBeGreaterThanOrEqual(20)
  })

  it('quote people by name, and by pronoun right after a paragraph that names them', () => {
    const paragraphs = sample.flatMap((article) => article.paragraphs.map((text, index) => ({ text, before: article.paragraphs[index - 1] })))
    const named = paragraphs.filter(({ text }) => /^“[^”]+,” (?:said \p{Lu}|\p{Lu}[\p{L}’-]+ said\.)/u.test(text))
    const byPronoun = paragraphs.filter(({ text }) => /^“[^”]+,” (?:he|she) said\.$/.test(text))
    expect(named.length).toBeGreaterThan(SAMPLE_SIZE)
    expect(byPronoun.length).toBeGreaterThan(SAMPLE_SIZE / 4)
    for (const { before } of byPronoun) {
      // `…, said Daniel Whitaker, a researcher at …` or `…, Whitaker said.` (or `de Vries said.`)
      expect(before).toMatch(/, (?:said \p{Lu}.*|[^,]+ said)\.$/u)
    }
    expect(share((article) => article.paragraphs.some((text) => text.includes('“')))).toBeGreaterThan(0.6)
  })

  it('are the same every time, and do not depend on the corpus size', () => {
    expect(generateArticle(SEED, 1234)).toEqual(sample[1234])
    expect(generateArticle(SEED + 1, 1234).text).not.toBe(sample[1234]?.text)
    const small = [...generateCorpus(SEED, 10)]
    const large = Array.from({ length: 10 }, (_, index) => ({ name: articleFileName(index, articleId(SEED, index), 10_000), article: generateArticle(SEED, index) }))
    expect(small.map(({ article }) => article)).toEqual(large.map(({ article }) => article))
    expect(small.map(({ name }) => name.replace(/^\d+/, ''))).toEqual(large.map(({ name }) => name.replace(/^\d+/, '')))
  })

  it('spread over datelines, years, topics and people so that facets and search are meaningful', () => {
    const datelines = new Set(sample.flatMap((article) => (article.dateline ? [article.dateline] : [])))
    expect(datelines.size).toBeGreaterThanOrEqual(50)
    expect([...datelines].some((dateline) => dateline.includes(', '))).toBe(true)
    expect(datelines).toContain('WASHINGTON, D.C.')

    const years = new Map<string, number>()
    for (const article of sample) years.set(article.date.slice(0, 4), (years.get(article.date.slice(0, 4)) ?? 0) + 1)
    expect([...years.keys()].sort()).toEqual(['2019', '2020', '2021', '2022', '2023', '2024', '2025'])
    for (const count of years.values()) expect(count).toBeGreaterThan(SAMPLE_SIZE * 0.05)
    expect(years.get('2025') ?? 0).toBeGreaterThan(years.get('2019') ?? 0)

    expect(new Set(sample.map((article) => article.topic))).toEqual(new Set(TOPIC_NAMES))
    expect(new Set(sample.flatMap((article) => article.people)).size).toBeGreaterThanOrEqual(200)
    expect(share((article) => article.caption !== undefined)).toBeGreaterThan(0.8)
    expect(share((article) => article.caption !== undefined)).toBeLessThan(0.9)
    expect(share((article) => article.dateline !== undefined)).toBeGreaterThan(0.92)
    expect(share((article) => article.dateline !== undefined)).toBeLessThan(0.98)
  })

  it('name residents, villages and firms that are rarely met again, and a vocabulary that keeps growing', () => {
    for (const article of sample.slice(0, 200)) {
      expect(article.locals.length).toBeGreaterThanOrEqual(1)
      for (const name of article.locals) expect(article.text).toContain(name)
      expect(article.paragraphs[0]).not.toContain(article.locals[0])
    }
    const uses = new Map<string, number>()
    for (const name of sample.flatMap((article) => article.locals)) uses.set(name, (uses.get(name) ?? 0) + 1)
    expect([...uses.values()].filter((count) => count === 1).length / uses.size).toBeGreaterThan(0.8)
    // Heaps' law: the first 2,000 articles have many times the words of the first 200.
    const terms = (articles: readonly GeneratedArticle[]) => new Set(articles.flatMap((article) => indexTerms(article.text))).size
    expect(terms(sample)).toBeGreaterThan(3 * terms(sample.slice(0, 200)))
    expect(terms(sample)).toBeGreaterThan(15_000)
  })

  it('mention each person only in their own topic, so a name query returns a coherent subset', () => {
    const pool = new Map(PEOPLE_POOL.map((person) => [person.name, person]))
    expect(pool.size).toBe(PEOPLE_POOL.length)
    expect(PEOPLE_POOL.length).toBeGreaterThanOrEqual(280)
    for (const article of sample) {
      for (const name of article.people) {
        const person = pool.get(name)
        expect(person, name).toBeDefined()
        if (person && person.topic !== 'leader') expect(person.topic).toBe(article.topic)
      }
    }
  })
})

describe('the catalog over a generated corpus', () => {
  it('accepts every file: no problems, unique ids, warnings only for missing datelines', () => {
    const corpus = [...generateCorpus(7, 300)]
    const catalog = buildCatalog(corpus.map(({ name, article }) => ({ path: `corpus/${name}`, source: article.text })))
    expect(catalog.problems).toEqual([])
    expect(catalog.entries).toHaveLength(300)
    expect(new Set(catalog.entries.map((entry) => entry.summary.id)).size).toBe(300)
    expect(catalog.warnings).toHaveLength(corpus.filter(({ article }) => !article.dateline).length)
  })
})

describe('writeCorpus', () => {
  it('writes byte-identical files on every run and reports their size', async () => {
    const dir = scratchDir()
    const report = await writeCorpus({ count: 40, seed: 7, out: dir })
    const expected = [...generateCorpus(7, 40)]
    expect(readdirSync(dir).sort()).toEqual(expected.map(({ name }) => name).sort())
    for (const { name, article } of expected) expect(readFileSync(join(dir, name), 'utf8')).toBe(article.text)
    expect(report.count).toBe(40)
    expect(report.bytes).toBe(expected.reduce((sum, { article }) => sum + Buffer.byteLength(article.text), 0))

    const again = scratchDir()
    await writeCorpus({ count: 40, seed: 7, out: again })
    for (const { name } of expected) expect(readFileSync(join(again, name))).toEqual(readFileSync(join(dir, name)))
  })

  it('refuses a folder holding article files unless told to clean, and cleans only those', async () => {
    const dir = scratchDir()
    await writeCorpus({ count: 20, seed: 1, out: dir })
    writeFileSync(join(dir, 'notes.md'), 'keep me')
    await expect(writeCorpus({ count: 5, seed: 2, out: dir })).rejects.toBeInstanceOf(CorpusError)
    const report = await writeCorpus({ count: 5, seed: 2, out: dir, clean: true })
    expect(report.removed).toBe(20)
    expect(readdirSync(dir).sort()).toEqual([...[...generateCorpus(2, 5)].map(({ name }) => name), 'notes.md'].sort())
  })
})

describe('the command line', () => {
  it('reads --count, --seed, --out and --clean, with defaults', () => {
    expect(parseCommandLine(['--out', '/tmp/x'])).toEqual({ count: 1000, seed: 1, out: '/tmp/x', clean: false })
    expect(parseCommandLine(['--count', '10_000', '--seed', '42', '--out', 'c', '--clean'])).toEqual({ count: 10_000, seed: 42, out: 'c', clean: true })
    expect(parseCommandLine(['--help'])).toBe('help')
  })

  it('rejects what it cannot use with a clear message', () => {
    expect(() => parseCommandLine([])).toThrow(/--out DIR is required/)
    expect(() => parseCommandLine(['--out', 'c', '--count', 'ten'])).toThrow(/--count must be a whole number/)
    expect(() => parseCommandLine(['--out', 'c', '--count', '0'])).toThrow(/--count must be a whole number from 1 to 10,000,000, not "0"/)
    expect(() => parseCommandLine(['--out', 'c', '--seed', '4294967296'])).toThrow(/--seed must be a whole number/)
    expect(() => parseCommandLine(['--out', 'c', '--size', '3'])).toThrow(CorpusError)
  })

  it('runs when executed directly, not when imported', { timeout: 60_000 }, () => {
    const out = join(scratchDir(), 'corpus')
    const run = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, '--count', '5', '--seed', '3', '--out', out], { cwd: REPO, encoding: 'utf8' })
    expect(run.stderr).toBe('')
    expect(run.status).toBe(0)
    expect(run.stdout).toMatch(/Wrote 5 articles \(seed 3\)/)
    expect(run.stdout).toMatch(/[\d,]+ bytes .* in [\d.]+ s/)
    expect(run.stdout).toContain(`ARTICLES_DIR=${out} npm run build`)
    expect(readdirSync(out).sort()).toEqual([...generateCorpus(3, 5)].map(({ name }) => name))

    const bad = spawnSync(process.execPath, ['--import', 'tsx', SCRIPT, '--count', 'many'], { cwd: REPO, encoding: 'utf8' })
    expect(bad.status).toBe(1)
    expect(bad.stderr).toMatch(/generate-corpus: --out DIR is required[\s\S]*usage:/)
  })
})
