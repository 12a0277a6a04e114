/**
 * Benchmark for src/lib/anchoring/anchor.ts (not a test).
 *
 *   npx tsx src/scripts/bench-anchoring.ts
 *
 * Generates a ~20,000-word news-like article from a seeded PRNG, describes
 * 1,000 highlights of 5–40 words, then times anchoring them (a) on the
 * unchanged text and (b) on an edited text: ~100 word-level edits across the
 * article, a typo inside ~10% of the highlighted passages, and ~1% of the
 * highlighted passages deleted outright (so that some highlights are orphaned).
 */
import os from 'node:os'
import { anchorWithStatus, describe, type Selector } from '../lib/anchoring/anchor'
import { prng } from './prng'

const WORDS = 20_000
const HIGHLIGHTS = 1_000
const EDITS = 100
const TYPO_SHARE = 0.1
const REMOVED_SHARE = 0.01
const RUNS = 15
const SEED = 20_240_601

const random = prng(SEED)
const int = (min: number, max: number) => min + Math.floor(random() * (max - min + 1))
const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T

const FUNCTION_WORDS = 'the the the a an of of to to in in on for with by at from as and and but that which while after before over'.split(' ')
const NOUNS = ('government minister officials economy inflation markets investors parliament election council report ' +
  'budget police court judge company shares prices workers union strike hospital schools teachers rates bank ' +
  'policy region city village farmers drought harvest exports tariffs talks agreement ceasefire troops border ' +
  'refugees charity storm flooding residents authorities spokesman statement survey analysts growth deficit ' +
  'energy prices pipeline emissions climate summit delegates opposition coalition voters campaign candidates ' +
  'mayor airport railway passengers contract investigation evidence witnesses trial jury verdict scandal').split(' ')
const VERBS = ('said announced warned confirmed denied rejected approved expected reported claimed urged promised ' +
  'raised cut blocked delayed signed launched opened closed criticised welcomed questioned revealed estimated').split(' ')
const ADJECTIVES = ('new local national foreign senior former economic political public annual record sharp modest ' +
  'fresh key major minor critical rural urban independent official private early late').split(' ')
const NAMES = ['Ms Okafor', 'Mr Lindqvist', 'Dr Haddad', 'the prime minister', 'a spokeswoman', 'Mr Alvarez', 'Ms Tanaka']
const DAYS = ['on Monday', 'on Tuesday', 'on Wednesday', 'on Thursday', 'on Friday', 'last week', 'this year']

/** One sentence of 8–30 words, as tokens; punctuation stays attached to its word. */
function sentence(): string[] {
  const words: string[] = []
  const comma = () => words.push(`${words.pop() ?? ''},`)
  const length = int(8, 30)
  while (words.length < length) {
    const r = random()
    if (r < 0.3) words.push(pick(FUNCTION_WORDS))
    else if (r < 0.6) words.push(pick(NOUNS))
    else if (r < 0.75) words.push(pick(VERBS))
    else if (r < 0.9) words.push(pick(ADJECTIVES))
    else if (r < 0.95) words.push(String(int(2, 2024)))
    else words.push(...pick(DAYS).split(' '))
    if (random() < 0.06) comma()
  }
  if (random() < 0.25) {
    comma() // attribution: "..., said Ms Okafor on Monday."
    words.push(pick(VERBS), ...pick(NAMES).split(' '), ...pick(DAYS).split(' '))
  }
  const first = words[0] ?? 'The'
  words[0] = first.charAt(0).toUpperCase() + first.slice(1)
  words.push(`${words.pop() ?? ''}.`)
  return words
}

/** Tokens with the separator that follows each one (" " or a paragraph break). */
type Token = { word: string; after: string }

function article(): Token[] {
  const tokens: Token[] = []
  let sentencesLeft = int(3, 6)
  while (tokens.length < WORDS) {
    for (const word of sentence()) tokens.push({ word, after: ' ' })
    if (--sentencesLeft === 0) {
      const last = tokens[tokens.length - 1]
      if (last) last.after = '\n\n'
      sentencesLeft = int(3, 6)
    }
  }
  return tokens
}

/** Joins tokens, recording where each token starts and ends. */
function render(tokens: readonly Token[]): { text: string; starts: number[]; ends: number[] } {
  let text = ''
  const starts: number[] = []
  const ends: number[] = []
  for (const t of tokens) {
    starts.push(text.length)
    text += t.word
    ends.push(text.length)
    text += t.after
  }
  return { text, starts, ends }
}

function typo(word: string): string {
  const i = int(0, Math.max(0, word.length - 2))
  switch (int(0, 2)) {
    case 0: // swap two letters
      return word.slice(0, i) + word.charAt(i + 1) + word.charAt(i) + word.slice(i + 2)
    case 1: // drop a letter
      return word.length > 1 ? word.slice(0, i) + word.slice(i + 1) : word + 'e'
    default: // double a letter
      return word.slice(0, i + 1) + word.charAt(i) + word.slice(i + 1)
  }
}

// --- build the article, the highlights and the edited article -------------

const original = article()
const rendered = render(original)
const text = rendered.text

type Highlight = { first: number; last: number; selectors: Selector[] }
const highlights: Highlight[] = []
for (let i = 0; i < HIGHLIGHTS; i++) {
  const first = int(0, original.length - 41)
  const last = first + int(5, 40) - 1
  const selectors = describe(text, rendered.starts[first] ?? 0, rendered.ends[last] ?? 0)
  highlights.push({ first, last, selectors })
}

// Each token of the edited article remembers which original token it came from.
const edited: (Token & { from: number | null })[] = original.map((t, i) => ({ ...t, from: i }))
for (let i = 0; i < EDITS; i++) {
  const at = int(0, edited.length - 1)
  const token = edited[at]
  if (!token) continue
  const kind = int(0, 2)
  if (kind === 0) edited.splice(at, 0, { word: pick([...NOUNS, ...ADJECTIVES]), after: ' ', from: null })
  else if (kind === 1) edited.splice(at, 1)
  else token.word = pick(NOUNS) + (token.word.match(/[.,]$/)?.[0] ?? '')
}
for (const h of highlights) {
  if (random() >= TYPO_SHARE) continue
  const target = int(h.first, h.last)
  const token = edited.find((t) => t.from === target)
  if (token) token.word = typo(token.word)
}
const removed = new Set<number>() // original token indices deleted with their passage
for (const h of highlights) {
  if (random() >= REMOVED_SHARE) continue
  for (let i = h.first; i <= h.last; i++) removed.add(i)
}
const survivors = edited.filter((t) => t.from === null || !removed.has(t.from))
edited.splice(0, edited.length, ...survivors)
const editedRendered = render(edited)
const editedText = editedRendered.text
const newStart = new Map<number, number>()
const newEnd = new Map<number, number>()
edited.forEach((t, i) => {
  if (t.from === null) return
  newStart.set(t.from, editedRendered.starts[i] ?? 0)
  newEnd.set(t.from, editedRendered.ends[i] ?? 0)
})

/** Where the highlight's passage now is, from the surviving words nearest its ends. */
function expectedRange(h: Highlight): { start: number; end: number } | null {
  let start: number | undefined
  let end: number | undefined
  for (let i = h.first; i <= h.last && start === undefined; i++) start = newStart.get(i)
  for (let i = h.last; i >= h.first && end === undefined; i--) end = newEnd.get(i)
  return start === undefined || end === undefined ? null : { start, end }
}

// --- measure ----------------------------------------------------------------

const median = (xs: readonly number[]) => quantile(xs, 0.5)
function quantile(xs: readonly number[], q: number): number {
  const sorted = [...xs].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN
}

type Outcome = { status: 'exact' | 'moved' | 'null'; ms: number; start: number; end: number }

function runAll(target: string): Outcome[] {
  return highlights.map((h) => {
    const t0 = performance.now()
    const found = anchorWithStatus(target, h.selectors)
    const ms = performance.now() - t0
    return found ? { status: found.status, ms, start: found.start, end: found.end } : { status: 'null', ms, start: -1, end: -1 }
  })
}

function measure(target: string) {
  runAll(target) // warm-up: let the JIT settle
  const totals: number[] = []
  const perHighlight: number[][] = highlights.map(() => [])
  let last: Outcome[] = []
  for (let run = 0; run < RUNS; run++) {
    const t0 = performance.now()
    last = runAll(target)
    totals.push(performance.now() - t0)
    last.forEach((o, i) => perHighlight[i]?.push(o.ms))
  }
  return { total: median(totals), perHighlight: perHighlight.map(median), outcomes: last }
}

function quoteOf(h: Highlight): { exact: string } {
  const quote = h.selectors[0]
  return quote?.type === 'TextQuoteSelector' ? quote : { exact: '' }
}

const count = (outcomes: readonly Outcome[], status: Outcome['status']) => outcomes.filter((o) => o.status === status).length
const fmt = (ms: number) => ms.toFixed(3).padStart(9)

const unchanged = measure(text)
const changed = measure(editedText)

type Row = { label: string; count: number; times: number[]; extra?: string }
const rows: Row[] = []
const verbatim = highlights.map((h, i) => ({ h, i })).filter(({ h }) => editedText.includes(quoteOf(h).exact))
const approximate = highlights.map((h, i) => ({ h, i })).filter(({ h }) => !editedText.includes(quoteOf(h).exact))
const found = approximate.filter(({ i }) => changed.outcomes[i]?.status !== 'null')
const orphaned = approximate.filter(({ i }) => changed.outcomes[i]?.status === 'null')
const timesOf = (xs: { i: number }[]) => xs.map(({ i }) => changed.perHighlight[i] ?? NaN)

// A found passage counts as placed when it overlaps where the passage's surviving words now are by >= 90%.
const placed = found.filter(({ h, i }) => {
  const expected = expectedRange(h)
  const got = changed.outcomes[i]
  if (!expected || !got) return false
  const overlap = Math.min(expected.end, got.end) - Math.max(expected.start, got.start)
  const union = Math.max(expected.end, got.end) - Math.min(expected.start, got.start)
  return overlap / union >= 0.9
}).length
const whollyRemoved = orphaned.filter(({ h }) => expectedRange(h) === null).length
rows.push({ label: 'quote found verbatim', count: verbatim.length, times: timesOf(verbatim) })
rows.push({ label: 'approximate, found', count: found.length, times: timesOf(found), extra: `${placed} placed on their passage (>= 90% overlap)` })
rows.push({ label: 'approximate, null', count: orphaned.length, times: timesOf(orphaned), extra: `${whollyRemoved} whose passage was deleted outright` })

const cpu = os.cpus()[0]?.model ?? 'unknown CPU'
const pad = (x: string | number, n: number) => String(x).padStart(n)
console.log(`machine: ${cpu}, ${os.cpus().length} cores, node ${process.version}, ${os.platform()} ${os.arch()}`)
console.log(`article: ${WORDS} words, ${text.length} chars; edited: ${editedText.length} chars (${EDITS} edits, ${removed.size} words deleted with their passages)`)
console.log(`${HIGHLIGHTS} highlights of 5-40 words; times are medians of ${RUNS} runs`)
console.log('')
console.log('scenario               total ms    exact    moved     null')
for (const [label, r] of [['(a) unchanged text', unchanged], ['(b) edited text', changed]] as const) {
  const n = (status: Outcome['status']) => pad(count(r.outcomes, status), 8)
  console.log(`${label.padEnd(20)} ${fmt(r.total)} ${n('exact')} ${n('moved')} ${n('null')}`)
}
console.log('')
console.log('(b) per highlight      count   median ms      p95 ms      max ms')
for (const r of rows) {
  const stats = r.count === 0 ? '' : `${fmt(median(r.times))}   ${fmt(quantile(r.times, 0.95))}   ${fmt(Math.max(...r.times))}`
  console.log(`${r.label.padEnd(20)} ${pad(r.count, 7)}   ${stats}${r.extra ? `   ${r.extra}` : ''}`)
}
