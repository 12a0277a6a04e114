import { describe, expect, it } from 'vitest'
import { buildSearchIndexAside, indexText, type SearchText } from './search-index-thread'

const WORDS = ['Seoul', 'Łódź', 'troops', 'U.S.', 'commemoration', 'Straße', 'ministers', 'harbour', 'election', 'Kyiv']

/** Enough articles for the index to be built on a thread of its own. */
function corpus(count: number): SearchText[] {
  return Array.from({ length: count }, (_, n) => ({
    headline: `${WORDS[n % WORDS.length]} headline ${n}`,
    dek: `${WORDS[(n * 3) % WORDS.length]} dek`,
    ...(n % 4 === 0 ? { caption: `caption of ${WORDS[(n * 7) % WORDS.length]}` } : {}),
    paragraphs: [`First paragraph on ${WORDS[(n * 5) % WORDS.length]}.`, `Second, on ${WORDS[(n + 1) % WORDS.length]} and ${n}.`],
  }))
}

describe('buildSearchIndexAside', () => {
  it('builds on another thread the same index as on this one', async () => {
    const articles = corpus(2500)
    const aside = await buildSearchIndexAside(articles)
    const here = indexText(articles)
    expect(aside.manifest).toEqual(here.manifest)
    expect([...aside.shards]).toEqual([...here.shards])
    expect(aside.manifest.docCount).toBe(2500)
  })
})
