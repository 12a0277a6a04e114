import type { ArticleList } from './article'

/** What says where the list's chunks are (the find worker has this much of the list). */
export type ListChunks = Pick<ArticleList, 'count' | 'chunkSize' | 'chunkBase'>

/** The address of the list chunk holding the summary of article `docNumber` (0 = newest), if any. */
export function chunkUrlOf(list: ListChunks, docNumber: number): string | undefined {
  if (!Number.isInteger(docNumber) || docNumber < 0 || docNumber >= list.count) return undefined
  return `${list.chunkBase}/${Math.floor(docNumber / list.chunkSize)}.json`
}
