import type { ArticleList } from './article'

/** What says where the list's chunks are (the find worker has this much of the list). */
export type ListChunks = Pick<ArticleList, 'count' | 'chunkSize' | 'chunkBase'>

/**
 * Up to this many articles, the find worker loads the whole list's summaries once the reader
 * has searched (find.worker.ts); a longer list, only its newest this many.
 */
export const WHOLE_LIST_PREFETCH = 10_000

/**
 * Summaries per chunk of a list of `count` articles. A list the find worker loads whole comes in
 * few large chunks (at 10,000 articles, 100 requests of ~47 kB). In a longer one a search's first
 * rows lie each in a chunk of its own, so a chunk costs what one row needs plus its neighbours:
 * measured at 100,000 articles (bench:find, 2 cores, 5 alternated pairs), chunks of 20 against
 * 100 fetched 9.0–9.1 MiB gzip over the benchmark's searches against 13.9–14.1, with the list
 * page's data 16.4 KiB gzip against 24.3, and keystroke latency the same (p95 84–107 ms against
 * 87–141). At 10,000 articles chunks of 20 made the whole-list prefetch 500 requests, and the
 * keystroke p95 36.7 and 60.0 ms against 24.3 and 23.4 (2 alternated pairs).
 */
export function listChunkSize(count: number): number {
  return count <= WHOLE_LIST_PREFETCH ? 100 : 20
}

/** The address of the list chunk holding the summary of article `docNumber` (0 = newest), if any. */
export function chunkUrlOf(list: ListChunks, docNumber: number): string | undefined {
  if (!Number.isInteger(docNumber) || docNumber < 0 || docNumber >= list.count) return undefined
  return `${list.chunkBase}/${Math.floor(docNumber / list.chunkSize)}.json`
}
