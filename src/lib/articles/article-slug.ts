/**
 * `/articles/<headline words>-<id prefix>`: only the id prefix identifies the article, so a
 * link keeps working after a headline changes; the words are there for people and previews.
 */
export const SLUG_ID_MIN_LENGTH = 8
const SLUG_MAX_WORDS = 8

export function articleSlug(headline: string, idPrefix: string): string {
  const words = headline
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .normalize('NFC')
    .toLowerCase()
    .replace(/['’]/g, '')
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean)
    .slice(0, SLUG_MAX_WORDS)
  return [...words, idPrefix].join('-')
}

/** The id prefix a slug ends with, or null when the slug cannot name an article. */
export function idPrefixFromSlug(slug: string): string | null {
  const match = /(?:^|-)([0-9a-f]{8,16})$/i.exec(slug)
  return match?.[1] ? match[1].toLowerCase() : null
}

/**
 * The shortest prefix of each id, at least SLUG_ID_MIN_LENGTH long, that no other id shares.
 * At 100,000 articles a few 8-digit prefixes collide; those articles get longer ones.
 */
export function uniqueIdPrefixes(ids: readonly string[]): Map<string, string> {
  const sorted = [...ids].sort()
  const prefixes = new Map<string, string>()
  sorted.forEach((id, index) => {
    const shared = Math.max(
      commonPrefixLength(id, sorted[index - 1] ?? ''),
      commonPrefixLength(id, sorted[index + 1] ?? ''),
    )
    prefixes.set(id, id.slice(0, Math.max(SLUG_ID_MIN_LENGTH, shared + 1)))
  })
  return prefixes
}

function commonPrefixLength(a: string, b: string): number {
  let length = 0
  while (length < a.length && a[length] === b[length]) length += 1
  return length
}
