import type { Highlight } from './highlight'

/**
 * What an import does with each highlight in the file, given this browser's version of the
 * same highlight. A highlight here is replaced only by a newer one (`updatedAt`): importing
 * an old backup never reverts work done since. Pure: the store applies the decisions.
 */
export type ImportDecision = 'add' | 'update' | 'unchanged' | 'keep-newer' | 'keep-unreadable'

/**
 * `current` is this browser's version: what this tab holds unsaved, else what is stored;
 * 'unreadable' for a stored record that fails validation, which the app never overwrites.
 */
export function decideImport(incoming: Highlight, current: Highlight | 'unreadable' | undefined): ImportDecision {
  if (current === undefined) return 'add'
  if (current === 'unreadable') return 'keep-unreadable'
  if (sameHighlight(incoming, current)) return 'unchanged'
  // Equally new but different (edited in two browsers within a millisecond): ours stays.
  return Date.parse(incoming.updatedAt) > Date.parse(current.updatedAt) ? 'update' : 'keep-newer'
}

export type ImportCounts = Record<ImportDecision, number>

export function countDecisions(decisions: readonly ImportDecision[]): ImportCounts {
  const counts: ImportCounts = { add: 0, update: 0, unchanged: 0, 'keep-newer': 0, 'keep-unreadable': 0 }
  for (const decision of decisions) counts[decision] += 1
  return counts
}

/** What the reader is told once an import is stored, e.g. "Imported a.json: 1 new, 2 updated, 0 already here, 2 kept: yours are newer." */
export function describeImport(fileName: string, counts: ImportCounts): string {
  const parts = [`${number(counts.add)} new`, `${number(counts.update)} updated`, `${number(counts.unchanged)} already here`]
  const newer = counts['keep-newer']
  if (newer > 0) parts.push(`${number(newer)} kept: ${newer === 1 ? 'yours is' : 'yours are'} newer`)
  const unreadable = counts['keep-unreadable']
  if (unreadable > 0) parts.push(`${number(unreadable)} not replaced: the copy in this browser could not be read`)
  return `Imported ${fileName}: ${parts.join(', ')}.`
}

function number(count: number): string {
  return count.toLocaleString('en')
}

function sameHighlight(a: Highlight, b: Highlight): boolean {
  return JSON.stringify(comparable(a)) === JSON.stringify(comparable(b))
}

/** Every field, in a fixed order, an absent prefix or suffix the same as an undefined one. */
function comparable(highlight: Highlight): unknown[] {
  const [quote, position] = highlight.selectors
  return [
    highlight.schemaVersion,
    highlight.id,
    highlight.articleId,
    quote.exact,
    quote.prefix ?? null,
    quote.suffix ?? null,
    position.start,
    position.end,
    highlight.textHash,
    highlight.color,
    highlight.note,
    highlight.createdAt,
    highlight.updatedAt,
  ]
}
