/** Words per minute for news copy on screen; a common, slightly conservative figure. */
const WORDS_PER_MINUTE = 230

export function countWords(paragraphs: readonly string[]): number {
  let words = 0
  for (const paragraph of paragraphs) {
    for (const token of paragraph.split(/\s+/)) {
      if (/[\p{L}\p{N}]/u.test(token)) words += 1
    }
  }
  return words
}

export function readingMinutes(wordCount: number): number {
  return Math.max(1, Math.round(wordCount / WORDS_PER_MINUTE))
}
