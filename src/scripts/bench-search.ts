/**
 * Benchmark for src/lib/search (not a test).
 *
 *   npx tsx src/scripts/bench-search.ts            # 10,000 and 100,000 docs
 *   npx tsx src/scripts/bench-search.ts --docs 20000
 *
 * Each corpus size runs in its own child process, so that the peak RSS reported is that
 * of one build. A child generates a synthetic news corpus from a seeded PRNG (a vocabulary of
 * a few thousand words drawn with a Zipf-like distribution, per-article topic words, names
 * and places — some with diacritics — numbers, stopwords, and a long tail of rare made-up
 * words), builds the index from a generator (the corpus is never held in memory), reports
 * build time, peak RSS and shard sizes (raw and gzip), then replays a fixed list of queries
 * typed keystroke by keystroke:
 *  - cold: a fresh SearchIndex per query, so that keystrokes pay for loading (here: reading
 *    from memory) and parsing shards — the "first hit" cost;
 *  - warm: one SearchIndex with every shard already loaded, per-word results forgotten
 *    before each query (so each query is typed from scratch), REPEATS rounds.
 */
import { spawnSync } from 'node:child_process'
import os from 'node:os'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { buildSearchIndex, type SearchDocFields } from '../pipeline/build-search-index'
import { SearchIndex } from '../lib/search/search-index'
import { decodeRun, SEPARATOR, TYPO_SHARD_PREFIX, type PostingsShardJson } from '../lib/search/shard-format'
import { prng } from './prng'

const SIZES = [10_000, 100_000]
const SEED = 20_250_701
const REPEATS = 5
const QUERIES = [
  'pyongyang putin',
  'climate summit',
  'sao paulo mayor',
  'kim jong un',
  'pyongyabg',
  'goverment budget',
  'oyongyang',
  'inflation interest rates',
  'zelensky kyiv counteroffensive',
  'central bank',
  'election results opposition',
  'prime minister resigns',
  'kursk',
  'kyiv’s economy',
  'co',
]

// --- synthetic corpus ----------------------------------------------------------

const NEWS_WORDS = (
  'government minister officials economy inflation markets investors parliament election council report budget ' +
  'police court judge company shares prices workers union strike hospital schools teachers rates bank policy region ' +
  'city village farmers drought harvest exports tariffs talks agreement ceasefire troops border refugees charity storm ' +
  'flooding residents authorities spokesman statement survey analysts growth deficit energy pipeline emissions climate ' +
  'summit delegates opposition coalition voters campaign candidates mayor airport railway passengers contract ' +
  'investigation evidence witnesses trial jury verdict scandal said announced warned confirmed denied rejected ' +
  'approved expected reported claimed urged promised raised cut blocked delayed signed launched opened closed ' +
  'criticised welcomed questioned revealed estimated new local national foreign senior former economic political ' +
  'public annual record sharp modest fresh key major minor critical rural urban independent official private early ' +
  'late president prime central interest results resigns counteroffensive missile nuclear sanctions military army ' +
  'navy attack drone strikes offensive forces defence security intelligence diplomat embassy ambassador talks treaty ' +
  'trade deal dollar euro oil gas coal solar wind power grid electricity supply demand unemployment jobs wages ' +
  'pension tax taxes spending debt bonds yields stocks index shares profit loss revenue earnings quarter year month ' +
  'week day monday tuesday wednesday thursday friday saturday sunday january february march april may june july ' +
  'august september october november december health virus vaccine doctors patients disease outbreak study ' +
  'scientists research university students protest protesters rally march demonstrators violence arrested charged ' +
  'prison sentence lawyers appeal supreme constitution law bill vote votes senate congress lawmakers committee ' +
  'hearing testimony leader leaders party parties government’s country countries nation people children women men ' +
  'family families home homes housing rent mortgage construction infrastructure roads bridge transport cars ' +
  'electric vehicles technology internet data privacy social media platform company’s chief executive board ' +
  'director founder billion million percent figures statistics office ministry department agency regulator ' +
  'commission European international global world water food aid humanitarian crisis emergency disaster earthquake ' +
  'wildfire heat temperatures rainfall season football team players coach match championship olympic film music ' +
  'festival artist museum book author history war peace conflict talks negotiations regime rebels capital province ' +
  'state federal minister’s spokeswoman interview television newspaper journalist reporters press freedom'
).split(' ')

const NAMES = (
  'Putin Pyongyang Kim Jong Un Zelensky Kyiv Kursk Moscow Washington Beijing Biden Trump Harris Macron Scholz Sunak ' +
  'Starmer Modi Xi Erdoğan Lula São Paulo Brasília Zürich Kraków Gdańsk Málaga Montréal Québec Bogotá Medellín Ñuñoa ' +
  'Seoul Tokyo Kishida Jakarta Manila Marcos Nairobi Ruto Lagos Abuja Tinubu Cairo Sisi Tehran Khamenei Gaza Netanyahu ' +
  'Jerusalem Beirut Damascus Assad Baghdad Riyadh Doha Ankara Istanbul Athens Rome Meloni Madrid Sánchez Lisbon Paris ' +
  'Berlin Warsaw Tusk Prague Vienna Budapest Orbán Bucharest Sofia Belgrade Vučić Oslo Stockholm Helsinki Copenhagen ' +
  'Dublin London Edinburgh Okafor Lindqvist Haddad Alvarez Tanaka Nguyen Müller Søren Ødegaard O’Brien Łukasz Dvořák'
).split(' ')

const FUNCTION_WORDS = (
  'the the the the the of of of of to to to and and and a a a in in in is was for on that with as by at from ' +
  'it be have has are were their his her they which would been an this but its or not will more after over'
).split(' ')

const ONSETS = 'b c d f g h j k l m n p r s t v w z br cr dr fr gr pr tr bl cl fl gl pl sl st sp sc sk ch sh th qu'.split(' ')
const VOWELS = 'a e i o u a e i o ai ea ou io'.split(' ')
const CODAS = ' , , , ,n,r,s,l,t,m,nd,rt,st,ng,ck,x'.split(',').map((c) => c.trim())

function pseudoWord(random: () => number, syllables: number): string {
  let w = ''
  for (let s = 0; s < syllables; s++) {
    w += (ONSETS[Math.floor(random() * ONSETS.length)] ?? '') + (VOWELS[Math.floor(random() * VOWELS.length)] ?? '')
    if (random() < 0.45) w += CODAS[Math.floor(random() * CODAS.length)] ?? ''
  }
  return w
}

/** Cumulative Zipf(s = 1) weights over n ranks. */
function zipf(n: number): Float64Array {
  const cumulative = new Float64Array(n)
  let sum = 0
  for (let r = 0; r < n; r++) cumulative[r] = sum += 1 / (r + 1)
  for (let r = 0; r < n; r++) cumulative[r] = (cumulative[r] ?? 0) / sum
  return cumulative
}

function sampler<T>(items: readonly T[], random: () => number): () => T {
  const cumulative = zipf(items.length)
  return () => {
    const x = random()
    let lo = 0
    let hi = items.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >>> 1
      if ((cumulative[mid] ?? 1) < x) lo = mid + 1
      else hi = mid
    }
    return items[lo] as T
  }
}

const VOCABULARY_SIZE = 5_000
let generatedWords = 0

function* syntheticCorpus(count: number, seed: number): Generator<SearchDocFields> {
  const random = prng(seed)
  const vocabularyRandom = prng(seed ^ 0x5eed)
  const vocabulary = [...new Set(NEWS_WORDS)]
  const seen = new Set(vocabulary)
  while (vocabulary.length < VOCABULARY_SIZE) {
    const w = pseudoWord(vocabularyRandom, 1 + Math.floor(vocabularyRandom() * 3))
    if (w.length >= 3 && !seen.has(w)) {
      seen.add(w)
      vocabulary.push(w)
    }
  }
  const word = sampler(vocabulary, random)
  const name = sampler(NAMES, random)
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

  const text = (length: number, topic: readonly string[], entities: readonly string[], sentenceLength: number): string => {
    generatedWords += length
    const out: string[] = []
    let inSentence = 0
    for (let i = 0; i < length; i++) {
      const r = random()
      let w: string
      if (r < 0.35) w = pick(FUNCTION_WORDS)
      else if (r < 0.47) w = pick(topic)
      else if (r < 0.53) w = pick(entities)
      else if (r < 0.55) w = String(Math.floor(random() * 3000))
      else if (r < 0.57) w = pseudoWord(random, 2 + Math.floor(random() * 3)) // long tail
      else w = word()
      if (inSentence === 0) w = w.charAt(0).toUpperCase() + w.slice(1)
      if (random() < 0.01) w += '’s'
      if (++inSentence >= sentenceLength && random() < 0.2) {
        w += '.'
        inSentence = 0
      }
      out.push(w)
    }
    return out.join(' ')
  }

  for (let i = 0; i < count; i++) {
    const topic = Array.from({ length: 6 }, () => word())
    const entities = Array.from({ length: 3 }, () => name())
    const headline = text(8 + Math.floor(random() * 5), topic, entities, 99)
    const dek = text(15 + Math.floor(random() * 11), topic, entities, 12)
    const body = text(300 + Math.floor(random() * 61), topic, entities, 15)
    yield random() < 0.7 ? { headline, dek, caption: text(10 + Math.floor(random() * 11), topic, entities, 12), body } : { headline, dek, body }
  }
}

// --- helpers -------------------------------------------------------------------

const quantile = (xs: readonly number[], q: number): number => {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}
const ms = (x: number) => `${x.toFixed(2)} ms`
const kb = (bytes: number) => (bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(2)} MB` : `${(bytes / 1024).toFixed(1)} KB`)
const mb = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(0)} MB`
const peakRss = () => process.resourceUsage().maxRSS * 1024

function sizeStats(label: string, texts: readonly string[]): void {
  const raw = texts.map((t) => Buffer.byteLength(t))
  const gz = texts.map((t) => gzipSync(t).length)
  const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0)
  console.log(
    `  ${label}: ${texts.length} files; raw total ${kb(sum(raw))}, median ${kb(quantile(raw, 0.5))}, p95 ${kb(quantile(raw, 0.95))}, max ${kb(Math.max(0, ...raw))}` +
      `; gzip total ${kb(sum(gz))}, median ${kb(quantile(gz, 0.5))}, p95 ${kb(quantile(gz, 0.95))}, max ${kb(Math.max(0, ...gz))}`,
  )
}

/** The same postings in two other encodings, for comparison. */
function alternativeEncodings(shardText: string): { numbers: string; strings: string } {
  const shard = JSON.parse(shardText) as PostingsShardJson
  const terms = shard.t.split(SEPARATOR)
  const docRuns = shard.d.split(SEPARATOR)
  const weightRuns = shard.w.split(SEPARATOR)
  const docs: number[][] = []
  const weights: number[][] = []
  terms.forEach((_, i) => {
    const run = decodeRun(docRuns[i] ?? '', weightRuns[i] ?? '')
    docs.push(Array.from(run.docs, (doc, j) => (j === 0 ? doc : doc - (run.docs[j - 1] ?? 0))))
    weights.push(Array.from(run.levels, (l) => Math.round((l * 255) / 91)))
  })
  return {
    // {"terms":[…],"df":[…],"docs":[[delta-encoded doc numbers…],…],"weights":[[1..255…],…]}
    numbers: JSON.stringify({ terms, df: docs.map((d) => d.length), docs, weights }),
    // the same strings as ours, but as JSON arrays with one string per term
    strings: JSON.stringify({ t: terms, d: docRuns, w: weightRuns }),
  }
}

/** Sizes and parse times of the other encodings (in a function of its own, so that they are garbage by the time queries are timed). */
function compareEncodings(postings: readonly string[]): void {
  const alternatives = postings.map(alternativeEncodings)
  sizeStats('(for comparison) as nested number arrays', alternatives.map((a) => a.numbers))
  sizeStats('(for comparison) as arrays of per-term strings', alternatives.map((a) => a.strings))
  const parseAll = (texts: readonly string[]) => time(() => texts.forEach((t) => JSON.parse(t) as unknown))[1]
  console.log(
    `  JSON.parse of every postings shard: ours ${ms(parseAll(postings))}, ` +
      `nested number arrays ${ms(parseAll(alternatives.map((a) => a.numbers)))}, ` +
      `per-term string arrays ${ms(parseAll(alternatives.map((a) => a.strings)))}`,
  )
}

function time<T>(f: () => T): [T, number] {
  const t0 = performance.now()
  const value = f()
  return [value, performance.now() - t0]
}

/** Every prefix of a query, as typed. */
const keystrokes = (query: string) => Array.from({ length: query.length }, (_, i) => query.slice(0, i + 1))

// --- one corpus size (child process) --------------------------------------------

const cpuMs = () => {
  const { user, system } = process.cpuUsage()
  return (user + system) / 1000
}

/** Passes a generator through, adding the wall and CPU time spent inside it to `spent`. */
function* timed<T>(inner: Iterator<T>, spent: { wall: number; cpu: number }): Generator<T> {
  for (;;) {
    const wall = performance.now()
    const cpu = cpuMs()
    const next = inner.next()
    spent.wall += performance.now() - wall
    spent.cpu += cpuMs() - cpu
    if (next.done === true) return
    yield next.value
  }
}

async function run(docCount: number): Promise<void> {
  console.log(`\n=== ${docCount.toLocaleString('en')} docs === (load average ${os.loadavg().map((l) => l.toFixed(1)).join(', ')})`)
  const generation = { wall: 0, cpu: 0 }
  const rssBefore = peakRss()
  const cpu0 = cpuMs()
  const [built, buildMs] = time(() => buildSearchIndex(timed(syntheticCorpus(docCount, SEED), generation)))
  const buildCpu = cpuMs() - cpu0
  const rssAfter = peakRss()
  console.log(`corpus: ${(generatedWords / docCount).toFixed(0)} words/doc (generated on the fly: ${ms(generation.wall)} wall, not counted below)`)
  console.log(
    `build: ${ms(buildMs - generation.wall)} wall, ${ms(buildCpu - generation.cpu)} CPU; ` +
      `peak RSS ${mb(rssAfter)} (${mb(rssBefore)} before the build), heap after ${mb(process.memoryUsage().heapUsed)}`,
  )

  const postings: string[] = []
  const typos: string[] = []
  for (const [key, text] of built.shards) (key.startsWith(TYPO_SHARD_PREFIX) ? typos : postings).push(text)
  const manifestText = JSON.stringify(built.manifest)
  console.log('sizes:')
  console.log(`  manifest: raw ${kb(Buffer.byteLength(manifestText))}, gzip ${kb(gzipSync(manifestText).length)}`)
  let termCount = 0
  let postingCount = 0
  for (const text of postings) {
    const shard = JSON.parse(text) as PostingsShardJson
    termCount += shard.t.split(SEPARATOR).length
    postingCount += shard.w.length - shard.w.split(SEPARATOR).length + 1
  }
  console.log(`  ${termCount.toLocaleString('en')} terms, ${postingCount.toLocaleString('en')} postings`)
  sizeStats('postings shards', postings)
  sizeStats('typo shards', typos)
  compareEncodings(postings)

  // Cold: fresh index per query, so the keystrokes that need a shard pay for parsing it.
  let loads = 0
  const load = (key: string) => {
    loads++
    const text = built.shards.get(key)
    return text === undefined ? Promise.reject(new Error(`no shard ${key}`)) : Promise.resolve(text)
  }
  const firstHitPass = () => {
    const firstHits: number[] = []
    const rows: string[] = []
    return (async () => {
      for (const query of QUERIES) {
        const index = new SearchIndex(built.manifest, load)
        const hits: string[] = []
        for (const typed of keystrokes(query)) {
          const before = loads
          const t0 = performance.now()
          await index.search(typed)
          const elapsed = performance.now() - t0
          if (loads > before) {
            firstHits.push(elapsed)
            hits.push(`"${typed}" ${loads - before} shard(s) ${ms(elapsed)}`)
          }
        }
        rows.push(`  ${JSON.stringify(query)}: ${hits.join('; ')}`)
      }
      return { firstHits, rows }
    })()
  }
  const summary = (xs: number[]) => `n=${xs.length}, median ${ms(quantile(xs, 0.5))}, p95 ${ms(quantile(xs, 0.95))}, max ${ms(Math.max(...xs))}`
  const jitCold = await firstHitPass()
  const { firstHits, rows: coldRows } = await firstHitPass()
  console.log(`first hits (keystrokes that had to load + parse shards; a fresh SearchIndex per query):`)
  console.log(`  very first pass, JIT cold: ${summary(jitCold.firstHits)}`)
  console.log(`  second pass, JIT warm:     ${summary(firstHits)}`)
  for (const row of coldRows) console.log(row)

  // Warm: every shard loaded; each query typed from scratch.
  const index = new SearchIndex(built.manifest, load)
  for (const query of QUERIES) for (const typed of keystrokes(query)) await index.search(typed)
  const all: number[] = []
  const allCpu: number[] = []
  const perQuery = new Map<string, number[]>()
  const resultCounts = new Map<string, number>()
  for (let round = 0; round < REPEATS; round++) {
    for (const query of QUERIES) {
      index.forgetQueries()
      const times = perQuery.get(query) ?? []
      perQuery.set(query, times)
      for (const typed of keystrokes(query)) {
        const cpu0 = cpuMs()
        const t0 = performance.now()
        const result = await index.search(typed)
        const elapsed = performance.now() - t0
        allCpu.push(cpuMs() - cpu0)
        times.push(elapsed)
        all.push(elapsed)
        if (typed === query) resultCounts.set(query, result.docs.length)
      }
    }
  }
  console.log(`keystrokes, shards cached (${all.length} = ${REPEATS} rounds of every prefix of every query):`)
  console.log(`  wall: median ${ms(quantile(all, 0.5))}, p95 ${ms(quantile(all, 0.95))}, max ${ms(Math.max(...all))}`)
  console.log(`  CPU:  median ${ms(quantile(allCpu, 0.5))}, p95 ${ms(quantile(allCpu, 0.95))}, max ${ms(Math.max(...allCpu))} (process CPU time, GC threads included)`)
  for (const [query, times] of perQuery) {
    console.log(
      `  ${JSON.stringify(query)} → ${resultCounts.get(query) ?? 0} docs; per keystroke (wall) median ${ms(quantile(times, 0.5))}, p95 ${ms(quantile(times, 0.95))}, max ${ms(Math.max(...times))}`,
    )
  }
  console.log(`load average (1, 5, 15 min): ${os.loadavg().map((l) => l.toFixed(1)).join(', ')}`)
  console.log(`peak RSS at the end: ${mb(peakRss())}`)
}

// --- main -----------------------------------------------------------------------

const docsArg = process.argv.indexOf('--docs')
if (docsArg >= 0) {
  await run(Number(process.argv[docsArg + 1] ?? 10_000))
} else {
  const cpus = os.cpus()
  console.log(`machine: ${cpus[0]?.model ?? 'unknown cpu'}, ${cpus.length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GB; node ${process.version}`)
  for (const size of SIZES) {
    const child = spawnSync(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--docs', String(size)], { stdio: 'inherit' })
    if (child.status !== 0) process.exitCode = child.status ?? 1
  }
}
