/**
 * Cheap "at most one typo" tests (optimal string alignment distance ≤ 1: one substitution,
 * insertion, deletion or transposition of adjacent characters), on UTF-16 code units.
 */

/** Whether a[from..to) equals b[bFrom..bFrom + (to - from)); b must be long enough. */
function sameRun(a: string, from: number, to: number, b: string, bFrom: number): boolean {
  for (let i = from, j = bFrom; i < to; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false
  return true
}

/** Whether `a` and `b` are at most one edit apart. */
export function withinOneEdit(a: string, b: string): boolean {
  const la = a.length
  const lb = b.length
  if (la - lb > 1 || lb - la > 1) return false
  const n = Math.min(la, lb)
  let i = 0
  while (i < n && a.charCodeAt(i) === b.charCodeAt(i)) i++
  if (i === n) return true // equal, or one longer by a trailing character
  if (la === lb) {
    // substitution at i, or transposition of i and i+1
    if (sameRun(a, i + 1, la, b, i + 1)) return true
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      sameRun(a, i + 2, la, b, i + 2)
    )
  }
  if (la > lb) return sameRun(a, i + 1, la, b, i) // a has an extra character at i
  return sameRun(a, i, la, b, i + 1) // b has an extra character at i
}

/**
 * Whether some prefix of `term` is at most one edit away from `query` — i.e. `query` could be
 * the beginning of `term` typed with one typo. (True as well when `term` starts with `query`.)
 */
export function prefixWithinOneEdit(query: string, term: string): boolean {
  const m = query.length
  const lt = term.length
  if (lt < m - 1) return false
  const n = Math.min(m, lt)
  let i = 0
  while (i < n && query.charCodeAt(i) === term.charCodeAt(i)) i++
  if (i === m) return true // term starts with query
  // Mismatch at i (or term ended at i). Try each kind of edit at i.
  // query has an extra character at i: query[i+1..m) = term[i..m-1)
  if (lt >= m - 1 && sameRun(query, i + 1, m, term, i)) return true
  if (lt >= m) {
    // substitution at i
    if (sameRun(query, i + 1, m, term, i + 1)) return true
    // transposition of i and i+1
    if (
      i + 1 < m &&
      query.charCodeAt(i) === term.charCodeAt(i + 1) &&
      query.charCodeAt(i + 1) === term.charCodeAt(i) &&
      sameRun(query, i + 2, m, term, i + 2)
    ) {
      return true
    }
  }
  // query lacks a character at i: query[i..m) = term[i+1..m+1)
  return lt >= m + 1 && sameRun(query, i, m, term, i + 1)
}
