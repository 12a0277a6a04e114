import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { buildSearchIndex, type SearchDocFields } from '../../pipeline/build-search-index.ts'
import { withinOneEdit } from './edit-distance.ts'
import { MATCH_WEIGHT, MAX_MATCHED_TERMS, parseQuery, SearchIndex, sortByScore } from './search-index.ts'
import { shardKeyOf } from './shard-format.ts'
import { indexTerms, normalizeTerm } from './tokenize.ts'

function makeIndex(docs: Iterable<SearchDocFields>, shardPrefixLength = 2) {
  const built = buildSearchIndex(docs, { shardPrefixLength })
  const loads: string[] = []
  const index = new SearchIndex(built.manifest, (key) => {
    loads.push(key)
    const text = built.shards.get(key)
    return text === undefined ? Promise.reject(new Error(`requested a shard that does not exist: ${key}`)) : Promise.resolve(text)
  })
  return { built, index, loads }
}

const doc = (headline: string, body = '', extra: Partial<SearchDocFields> = {}): SearchDocFields => ({ headline, dek: '', body, ...extra })

async function docsFor(index: SearchIndex, query: string): Promise<number[]> {
  return Array.from((await index.search(query)).docs)
}

const NEWS: SearchDocFields[] = [
  doc('Kim Jong Un attends a gala in Pyongyang', 'The leader watched a performance.'), // 0
  doc('Climate summit opens in São Paulo', 'Delegates from Pyongyang were absent.', { dek: 'Talks on emissions' }), // 1
  doc('Troops advance near Kursk', 'The offensive continued.', { caption: 'Soldiers near Kursk' }), // 2
  doc('Putin visits Pyongyang', 'Russia’s president met Kim Jong Un.'), // 3
  doc('Markets rally', 'Investors in Sao Paulo cheered the U.S. rate cut.'), // 4
]

describe('SearchIndex', { timeout: 60_000 }, () => {
  it('ranks a headline match above a body match', async () => {
    const { index } = makeIndex([doc('Weather report', 'Pyongyang saw rain.'), doc('Pyongyang weather', 'It rained.')])
    const result = await index.search('pyongyang ')
    expect(Array.from(result.docs)).toEqual([1, 0])
    expect(result.scores[0]).toBeGreaterThan(result.scores[1] ?? Infinity)
  })

  it('ranks dek above caption above body', async () => {
    const { index } = makeIndex([
      doc('One', 'summit', { dek: 'x', caption: 'y' }),
      doc('Two', 'x', { dek: 'y', caption: 'summit' }),
      doc('Three', 'x', { dek: 'summit', caption: 'y' }),
    ])
    expect(await docsFor(index, 'summit ')).toEqual([2, 1, 0])
  })

  it('requires every word (AND) and sums their scores', async () => {
    const { index } = makeIndex(NEWS)
    expect(await docsFor(index, 'pyongyang ')).toEqual([3, 0, 1])
    expect((await docsFor(index, 'kim pyongyang ')).sort()).toEqual([0, 3])
    expect(await docsFor(index, 'kim kursk ')).toEqual([])
    const both = await index.search('putin pyongyang ')
    const one = await index.search('pyongyang ')
    expect(Array.from(both.docs)).toEqual([3])
    expect(both.scores[0]).toBeGreaterThan(one.scores[0] ?? Infinity)
  })

  it('matches the last word as a prefix while it is being typed', async () => {
    const { index } = makeIndex(NEWS)
    const result = await index.search('pyon')
    expect(Array.from(result.docs).sort()).toEqual([0, 1, 3])
    expect(result.matchedTerms).toEqual(['pyongyang'])
    expect(await docsFor(index, 'pyon ')).toEqual([]) // a finished word is not a prefix
    expect(await docsFor(index, 'pyon kim')).toEqual([]) // only the last word is a prefix
    expect((await docsFor(index, 'kim pyon')).sort()).toEqual([0, 3])
    expect((await docsFor(index, 'ku')).sort()).toEqual([2])
  })

  it('forgives one typo in words of five or more letters', async () => {
    const { index } = makeIndex(NEWS)
    for (const typo of ['pyongyabg', 'pyongyng', 'pyonggyang', 'pyonygang']) {
      const result = await index.search(`${typo} `)
      expect(Array.from(result.docs).sort(), typo).toEqual([0, 1, 3])
      expect(result.matchedTerms).toEqual(['pyongyang'])
    }
    expect(await docsFor(index, 'kurzk ')).toEqual([2]) // five letters
    expect(await docsFor(index, 'kurz ')).toEqual([]) // four: too short for typos
    expect(await docsFor(index, 'putn ')).toEqual([])
    expect(await docsFor(index, 'puttin ')).toEqual([3])
    expect(await docsFor(index, 'pyongyxxg ')).toEqual([]) // two typos
  })

  it('forgives a typo within the first two letters, via the typo shards', async () => {
    const { index, loads } = makeIndex(NEWS)
    for (const typo of ['oyongyang', 'ypongyang', 'pongyang', 'ppyongyang', 'poyngyang', 'xpyongyang']) {
      expect((await docsFor(index, `${typo} `)).sort(), typo).toEqual([0, 1, 3])
    }
    expect(loads.some((k) => k.startsWith('~'))).toBe(true)
    expect(await docsFor(index, 'kursj ')).toEqual([2])
    expect(await docsFor(index, 'lursk ')).toEqual([2])
  })

  it('keeps forgiving a typo while the word is being typed', async () => {
    const { index } = makeIndex(NEWS)
    expect((await docsFor(index, 'pyongyab')).sort()).toEqual([0, 1, 3])
    expect((await docsFor(index, 'pyonh')).sort()).toEqual([0, 1, 3])
  })

  it('looks for a typo in a word being typed only when the word matches nothing as typed', async () => {
    const { index } = makeIndex([doc('prime minister'), doc('primates study')])
    expect(await docsFor(index, 'prime')).toEqual([0])
    expect(await docsFor(index, 'primx')).toEqual([0, 1])
  })

  it('ranks exact matches above prefix matches above typo matches', async () => {
    const { index } = makeIndex([doc('summits held'), doc('sumit held'), doc('summit held')])
    const result = await index.search('summit')
    expect(Array.from(result.docs)).toEqual([2, 0, 1])
    const [exact = 0, prefix = 0, typo = 0] = result.scores
    expect(prefix / exact).toBeCloseTo(MATCH_WEIGHT.prefix, 5)
    expect(typo / exact).toBeCloseTo(MATCH_WEIGHT.typo, 5)
    expect(result.matchedTerms.sort()).toEqual(['sumit', 'summit', 'summits'])
  })

  it('folds diacritics and apostrophes the same way as the index', async () => {
    const { index } = makeIndex(NEWS)
    expect((await docsFor(index, 'Sao Paulo')).sort()).toEqual([1, 4])
    expect((await docsFor(index, 'SÃO PAULO ')).sort()).toEqual([1, 4])
    for (const q of ['russia', 'Russia’s', "russia's", 'RUSSIA’S president ']) expect(await docsFor(index, q), q).toEqual([3])
    expect(await docsFor(index, 'U.S. rate')).toEqual([4])
    expect(await docsFor(index, 'us rate')).toEqual([4])
  })

  it('drops stopwords from the query', async () => {
    const { index } = makeIndex(NEWS)
    expect(await docsFor(index, 'the')).toEqual([])
    expect(await docsFor(index, 'the of and ')).toEqual([])
    expect(await docsFor(index, 'troops near the')).toEqual(await docsFor(index, 'troops near '))
    expect(await docsFor(index, 'the kursk ')).toEqual([2])
  })

  it('returns nothing for empty, blank and one-character queries', async () => {
    const { index, loads } = makeIndex(NEWS)
    for (const q of ['', '   ', '\n\t', 'p', 'P ', ' k', '.', '—', 'é']) {
      const result = await index.search(q)
      expect(result.docs).toHaveLength(0)
      expect(result.scores).toHaveLength(0)
      expect(result.matchedTerms).toEqual([])
    }
    expect(loads).toEqual([])
    // a one-letter word being typed is ignored, not matched
    expect((await docsFor(index, 'kim j')).sort()).toEqual([0, 3])
  })

  it('reports the index terms each word matched', async () => {
    const { index } = makeIndex(NEWS)
    expect((await index.search('climate pyong')).matchedTerms).toEqual(['climate', 'pyongyang'])
    expect((await index.search('kursk tro')).matchedTerms).toEqual(['kursk', 'troops'])
    expect((await index.search('zzzz')).matchedTerms).toEqual([])
  })

  it('reports at most MAX_MATCHED_TERMS terms per word, the commonest first', async () => {
    const letters = (i: number) => String.fromCharCode(97 + Math.floor(i / 26), 97 + (i % 26))
    const docs = Array.from({ length: 400 }, (_, i) => doc(`zz${letters(i)}x`, 'zzcommon'))
    const { index } = makeIndex(docs)
    const result = await index.search('zz')
    expect(result.docs).toHaveLength(400)
    expect(result.matchedTerms).toHaveLength(MAX_MATCHED_TERMS)
    expect(result.matchedTerms[0]).toBe('zzcommon')
  })

  it('breaks ties by doc number, newest (lowest) first', async () => {
    const { index } = makeIndex([doc('other'), doc('same story'), doc('other'), doc('same story'), doc('same story')])
    const result = await index.search('same story')
    expect(Array.from(result.docs)).toEqual([1, 3, 4])
    expect(new Set(result.scores).size).toBe(1)
  })

  it('loads each shard once, in parallel, and only shards that exist', async () => {
    const { index, loads, built } = makeIndex(NEWS)
    await Promise.all([index.search('kim pyongyang'), index.search('pyongyang kim'), index.search('kim zzz'), index.search('qqqqq')])
    expect(loads.filter((k) => k === 'ki')).toHaveLength(1)
    expect(loads.filter((k) => k === 'py')).toHaveLength(1)
    for (const key of loads) expect(built.shards.has(key)).toBe(true)
    const before = loads.length
    await index.search('kim pyongyang')
    await index.search('pyongyang kim jong')
    expect(loads.length).toBe(before + 1) // only "jo" is new
  })

  it('requests the shards of all words at once', async () => {
    const built = buildSearchIndex(NEWS)
    const pending: { key: string; resolve: () => void }[] = []
    const index = new SearchIndex(built.manifest, (key) => {
      return new Promise<string>((resolve) => pending.push({ key, resolve: () => resolve(built.shards.get(key) ?? '') }))
    })
    const search = index.search('kim putin pyongyang ')
    await new Promise((resolve) => setTimeout(resolve, 0))
    expect(pending.map((p) => p.key).sort()).toEqual(['ki', 'pu', 'py'])
    for (const p of pending) p.resolve()
    expect(Array.from((await search).docs)).toEqual([3])
  })

  it('rejects when a shard cannot be loaded, and tries again next time', async () => {
    const built = buildSearchIndex(NEWS)
    let fail = true
    const index = new SearchIndex(built.manifest, (key) => {
      if (fail) return Promise.reject(new Error('offline'))
      return Promise.resolve(built.shards.get(key) ?? '')
    })
    await expect(index.search('kursk ')).rejects.toThrow('offline')
    fail = false
    expect(await docsFor(index, 'kursk ')).toEqual([2])
  })

  it('prefetches shards once, so a search needing them loads nothing more; a failed prefetch is retried by the search', async () => {
    const { index, loads } = makeIndex(NEWS)
    await index.prefetch(['py', 'ki', 'zz'])
    expect(loads).toEqual(['py', 'ki'])
    expect((await docsFor(index, 'kim pyongyang ')).sort()).toEqual([0, 3])
    expect(loads).toEqual(['py', 'ki'])

    const built = buildSearchIndex(NEWS)
    let fail = true
    const flaky = new SearchIndex(built.manifest, (key) => (fail ? Promise.reject(new Error('offline')) : Promise.resolve(built.shards.get(key) ?? '')))
    await flaky.prefetch(['ku'])
    fail = false
    expect(await docsFor(flaky, 'kursk ')).toEqual([2])
  })

  it('answers a prefetched shard\'s two-letter prefix, worked out ahead, exactly as a fresh index does', async () => {
    const { index } = makeIndex(NEWS)
    await index.prefetch(['py', 'ki'])
    for (const query of ['py', 'ki', 'kim py', 'py', 'pyo']) {
      expect(await index.search(query), query).toEqual(await makeIndex(NEWS).index.search(query))
    }
  })

  it('rejects a malformed shard instead of returning wrong results', async () => {
    const built = buildSearchIndex(NEWS)
    for (const text of ['{"t":["kursk"]}', '{"t":"kursk","d":"! !","w":"!"}', 'null', '[]']) {
      const index = new SearchIndex(built.manifest, () => Promise.resolve(text))
      await expect(index.search('kursk '), text).rejects.toThrow(/malformed/)
    }
    const notJson = new SearchIndex(built.manifest, () => Promise.resolve('<html>'))
    await expect(notJson.search('kursk ')).rejects.toThrow(SyntaxError)
  })

  it('never throws, whatever the query', async () => {
    const { index } = makeIndex(NEWS)
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(
          fc.string({ unit: 'binary', maxLength: 40 }),
          fc.string({ unit: 'grapheme', maxLength: 40 }),
          fc.string({ unit: fc.constantFrom('p', 'y', 'o', 'n', 'g', 'a', ' ', '’', "'", '.', 'ß', 'é', '\u0301', '😃', '\ud800'), maxLength: 30 }),
        ),
        async (query) => {
          const { docs, scores, matchedTerms } = await index.search(query)
          expect(scores).toHaveLength(docs.length)
          expect(new Set(docs).size).toBe(docs.length)
          for (let i = 0; i < docs.length; i++) {
            expect(docs[i]).toBeLessThan(NEWS.length)
            if (i > 0) expect(scores[i - 1]).toBeGreaterThanOrEqual(scores[i] ?? 0)
          }
          expect(Array.isArray(matchedTerms)).toBe(true)
        },
      ),
      { numRuns: 500 },
    )
  })

  it('handles an empty index', async () => {
    const { index } = makeIndex([])
    expect(await docsFor(index, 'anything')).toEqual([])
  })
})

describe('parseQuery', () => {
  it('marks only an unfinished last word as a prefix and drops stopwords and one-letter prefixes', () => {
    expect(parseQuery('Kim Jong un')).toEqual([
      { text: 'kim', prefix: false },
      { text: 'jong', prefix: false },
      { text: 'un', prefix: true },
    ])
    expect(parseQuery('Kim Jong un ')).toEqual([
      { text: 'kim', prefix: false },
      { text: 'jong', prefix: false },
      { text: 'un', prefix: false },
    ])
    expect(parseQuery('war in the')).toEqual([{ text: 'war', prefix: false }])
    expect(parseQuery('putin s')).toEqual([{ text: 'putin', prefix: false }])
    expect(parseQuery('putin putin')).toEqual([
      { text: 'putin', prefix: false },
      { text: 'putin', prefix: true },
    ])
    expect(parseQuery('kursk,')).toEqual([{ text: 'kursk', prefix: false }])
  })
})

describe('sortByScore', () => {
  it('sorts by score descending, then doc ascending', () => {
    const sorted = sortByScore(Uint32Array.from([5, 1, 9, 3, 2]), Float32Array.from([0.5, 2, 0.5, 2, 0]))
    expect(Array.from(sorted.docs)).toEqual([1, 3, 5, 9, 2])
    expect(Array.from(sorted.scores)).toEqual([2, 2, 0.5, 0.5, 0])
  })

  it('agrees with a comparator sort, small and large (radix sorted), ascending docs or not', () => {
    const score = fc.oneof(fc.float({ min: 0, max: 100, noNaN: true }), fc.constantFrom(0, 1, 2.5))
    fc.assert(
      fc.property(fc.uniqueArray(fc.nat(3_000_000), { maxLength: 2000 }), fc.boolean(), fc.infiniteStream(score), (unsorted, ascending, stream) => {
        const docs = ascending ? [...unsorted].sort((a, b) => a - b) : unsorted
        const scores = Float32Array.from(docs.map(() => stream.next().value as number))
        const sorted = sortByScore(Uint32Array.from(docs), scores)
        const expected = docs.map((d, i) => ({ d, s: scores[i] ?? 0 })).sort((a, b) => b.s - a.s || a.d - b.d)
        expect(Array.from(sorted.docs)).toEqual(expected.map((e) => e.d))
        expect(Array.from(sorted.scores)).toEqual(expected.map((e) => e.s))
      }),
      { numRuns: 200 },
    )
  })

  it('treats NaN and negative scores as 0', () => {
    const sorted = sortByScore(Uint32Array.from([1, 2, 3]), Float32Array.from([NaN, -1, 0.5]))
    expect(Array.from(sorted.docs)).toEqual([3, 1, 2])
    expect(Array.from(sorted.scores)).toEqual([0.5, 0, 0])
  })
})

// --- properties over random corpora ------------------------------------------------

const letter = fc.constantFrom('a', 'b', 'c', 'd', 'e', 'k', 'o', 'r', 's', 'é', 'ß')
const word = fc.string({ unit: letter, minLength: 1, maxLength: 8 })
const words = (max: number) => fc.array(word, { minLength: 1, maxLength: max }).map((ws) => ws.join(' '))
const corpus = fc.array(
  fc.record({ headline: words(6), dek: words(4), body: words(20), caption: fc.option(words(4), { nil: undefined }) }),
  { minLength: 1, maxLength: 12 },
)

/** The docs a query must find, computed the slow way (exact and prefix matching only). */
function bruteForce(docs: readonly SearchDocFields[], query: string): number[] {
  const queryWords = parseQuery(query)
  if (queryWords.length === 0) return []
  const matches: number[] = []
  docs.forEach((d, i) => {
    const terms = new Set(indexTerms([d.headline, d.dek, d.caption ?? '', d.body].join(' ')))
    const all = queryWords.every((w) => [...terms].some((t) => t === w.text || (w.prefix && t.startsWith(w.text))))
    if (all) matches.push(i)
  })
  return matches
}

describe('SearchIndex on random corpora', { timeout: 60_000 }, () => {
  it('finds doc k when searching for a word of its headline', async () => {
    await fc.assert(
      fc.asyncProperty(corpus, fc.nat(), fc.nat(), fc.boolean(), async (docs, k, j, finished) => {
        const target = k % docs.length
        const headlineWords = (docs[target]?.headline ?? '').split(' ')
        const raw = headlineWords[j % headlineWords.length] ?? ''
        const query = finished ? `${raw} ` : raw
        fc.pre(parseQuery(query).length > 0)
        const { index } = makeIndex(docs)
        const result = await index.search(query)
        expect(Array.from(result.docs)).toContain(target)
        expect(result.matchedTerms).toContain(normalizeTerm(raw))
      }),
      { numRuns: 150 },
    )
  })

  it('finds exactly the docs containing every word (or its prefix), at any shard prefix length', async () => {
    // under 5 letters, so no typo matching (ß would fold to two letters)
    const shortWord = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'k', 'o', 'r', 's', 'é'), minLength: 1, maxLength: 4 })
    await fc.assert(
      fc.asyncProperty(corpus, fc.array(shortWord, { minLength: 1, maxLength: 3 }), fc.boolean(), async (docs, queryWords, finished) => {
        const query = queryWords.join(' ') + (finished ? ' ' : '')
        const expected = bruteForce(docs, query)
        for (const prefixLength of [1, 2, 3]) {
          const { index } = makeIndex(docs, prefixLength)
          const result = await index.search(query)
          expect(Array.from(result.docs).sort((a, b) => a - b), `prefix length ${prefixLength}`).toEqual(expected)
          for (let i = 1; i < result.docs.length; i++) {
            const [s0 = 0, s1 = 0] = [result.scores[i - 1], result.scores[i]]
            expect(s0 > s1 || (s0 === s1 && (result.docs[i - 1] ?? 0) < (result.docs[i] ?? 0))).toBe(true)
          }
        }
      }),
      { numRuns: 120 },
    )
  })

  it('finds the docs of a term from that term typed with one typo', async () => {
    const longWord = fc.string({ unit: fc.constantFrom('a', 'b', 'c', 'd', 'e', 'k', 'o', 'r', 's'), minLength: 5, maxLength: 9 })
    const edit = fc.record({ kind: fc.constantFrom('substitute', 'insert', 'delete', 'transpose'), at: fc.nat(), letter: fc.constantFrom('a', 'k', 's', 'z') })
    await fc.assert(
      fc.asyncProperty(corpus, longWord, edit, fc.nat(), async (docs, term, { kind, at, letter: l }, k) => {
        const i = at % term.length
        const typo =
          kind === 'substitute'
            ? term.slice(0, i) + l + term.slice(i + 1)
            : kind === 'insert'
              ? term.slice(0, i) + l + term.slice(i)
              : kind === 'delete'
                ? term.slice(0, i) + term.slice(i + 1)
                : term.slice(0, i) + (term[i + 1] ?? '') + (term[i] ?? '') + term.slice(i + 2)
        fc.pre(typo.length >= 5 && withinOneEdit(typo, term))
        const withTerm = [...docs]
        const target = k % withTerm.length
        const d = withTerm[target]
        if (d) withTerm[target] = { ...d, body: `${d.body} ${term}` }
        const { index } = makeIndex(withTerm)
        const found = await docsFor(index, `${typo} `)
        // Typos in the same shard are always looked for; in other shards, only when the
        // typed word matches nothing by itself.
        const matchesItself = bruteForce(withTerm, `${typo} `).length > 0
        if (shardKeyOf(typo, 2) === shardKeyOf(term, 2) || !matchesItself) expect(found).toContain(target)
      }),
      { numRuns: 200 },
    )
  })
})
