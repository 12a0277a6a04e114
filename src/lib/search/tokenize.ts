/**
 * Tokenisation shared by the search index builder, the query side and the UI's
 * highlighting, so that all three agree on what a "term" is.
 *
 * A word is a run of letters, digits and combining marks (Unicode-aware), optionally
 * joined by apostrophes (' ’ ʼ) — "Russia’s", "O’Brien", "don't" are one word each —
 * or a dotted abbreviation of single letters ending in a dot ("U.S.", "U.K.").
 * Hyphens, dashes, slashes, dots and other punctuation separate words.
 *
 * A word becomes a term by:
 *  1. lower-casing;
 *  2. folding diacritics: NFKD, then dropping combining marks (São → sao, Zürich → zurich),
 *     plus a few letters that NFKD does not decompose (ß → ss, æ → ae, ø → o, ł → l, …);
 *  3. dropping a possessive ’s ("Russia’s" → russia) and then every remaining apostrophe
 *     ("O’Brien" → obrien, "don't" → dont); dots of an abbreviation go too ("U.S." → us);
 *  4. (rarely) splitting where folding produced a non-letter (½ → 1⁄2 → "1", "2").
 *
 * No stemming: prefix matching on the word being typed, and one-typo tolerance for words of
 * five or more letters (which covers a plural "s"), do most of what light stemming would,
 * without its surprises (news → new).
 *
 * A short list of English stopwords is not indexed, and is dropped from queries.
 * Scripts written without spaces (Chinese, Japanese, Thai) come out as one term per run of
 * letters; this reader is English-language and does not segment them.
 */

/** Words that are neither indexed nor searched for. Deliberately short: "us", "who",
 * "will", "new", "not", "it" are left out because they are also US, WHO, Will, New York … */
export const STOPWORDS: ReadonlySet<string> = new Set([
  'a', 'an', 'and', 'are', 'as', 'at', 'be', 'been', 'but', 'by', 'for', 'from', 'had', 'has',
  'have', 'he', 'her', 'his', 'in', 'into', 'is', 'its', 'of', 'on', 'or', 'she', 'that', 'the',
  'their', 'they', 'this', 'to', 'was', 'were', 'which', 'with', 'would',
])

export function isStopword(term: string): boolean {
  return STOPWORDS.has(term)
}

/** Character classes for the word scanner. */
const UNKNOWN = 0
const LETTER = 1 // \p{L}
const OTHER_WORD = 2 // \p{N} or \p{M}: part of a word, cannot start an abbreviation
const APOSTROPHE = 3 // ' ’ ʼ: joins two runs of word characters
const DOT = 4 // . (for abbreviations)
const SPACE = 5 // anything else

/** Class of each UTF-16 code unit, filled on demand (surrogates are classified in pairs). */
const CLASS = new Uint8Array(0x10000)
for (let c = 0; c < 0x80; c++) {
  CLASS[c] = (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? LETTER : c >= 0x30 && c <= 0x39 ? OTHER_WORD : SPACE
}
CLASS[0x27] = APOSTROPHE
CLASS[0x2019] = APOSTROPHE
CLASS[0x2e] = DOT
const IS_LETTER = /^\p{L}$/u
const IS_WORD = /^[\p{N}\p{M}]$/u

function classify(s: string): number {
  return IS_LETTER.test(s) ? LETTER : IS_WORD.test(s) ? OTHER_WORD : SPACE
}

/** Class and length (1 or 2 code units) of the character at i, packed as class | length << 3. */
function charAt(text: string, i: number): number {
  const c = text.charCodeAt(i)
  let k = CLASS[c] ?? SPACE
  if (k !== UNKNOWN) return k | 8
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < text.length) {
    const d = text.charCodeAt(i + 1)
    if (d >= 0xdc00 && d <= 0xdfff) return classify(text.slice(i, i + 2)) | 16
  }
  if (c >= 0xd800 && c <= 0xdfff) return SPACE | 8 // lone surrogate
  k = classify(String.fromCharCode(c))
  CLASS[c] = k
  return k | 8
}

/** Word flags passed to forEachWord's callback. */
export const WORD_SIMPLE = 1 // only ASCII letters and digits: its term is its lower case
export const WORD_UPPER = 2 // has an ASCII upper-case letter

/**
 * The word scanner (see the module comment): calls `onWord` with each word's UTF-16 range,
 * flags (WORD_SIMPLE, WORD_UPPER) and, for simple words, a hash of the lower-cased word
 * (h = h·31 + code unit, 32-bit) that the index builder uses to avoid creating strings.
 * Equivalent to matching
 *   (?:\p{L}\.){2,}(?![\p{L}\p{N}])|[\p{L}\p{N}\p{M}]+(?:['’ʼ][\p{L}\p{N}\p{M}]+)* (flags gu)
 */
export function forEachWord(text: string, onWord: (start: number, end: number, flags: number, hash: number) => void): void {
  const length = text.length
  let i = 0
  while (i < length) {
    // Skip to a word character.
    let ch: number
    for (;;) {
      const c = text.charCodeAt(i)
      if (c < 0x80) {
        const k = CLASS[c] ?? SPACE
        if (k === LETTER || k === OTHER_WORD) {
          ch = k | 8
          break
        }
        i++
      } else {
        ch = charAt(text, i)
        if ((ch & 7) === LETTER || (ch & 7) === OTHER_WORD) break
        i += ch >> 3
      }
      if (i >= length) return
    }
    const start = i
    // An abbreviation: two or more single letters each followed by a dot, then no letter/digit.
    if ((ch & 7) === LETTER && text.charCodeAt(i + (ch >> 3)) === 0x2e) {
      let j = i
      let letters = 0
      for (;;) {
        const c = j < length ? charAt(text, j) : SPACE | 8
        if ((c & 7) !== LETTER || text.charCodeAt(j + (c >> 3)) !== 0x2e) break
        letters++
        j += (c >> 3) + 1
      }
      const next = j < length ? charAt(text, j) & 7 : SPACE
      if (letters >= 2 && next !== LETTER && !(next === OTHER_WORD && isDigitAt(text, j))) {
        onWord(start, j, 0, 0)
        i = j
        continue
      }
    }
    // A run of word characters, possibly joined by apostrophes.
    let flags = WORD_SIMPLE
    let hash = 0
    for (;;) {
      while (i < length) {
        const c = text.charCodeAt(i)
        if (c < 0x80) {
          const k = CLASS[c]
          if (k === LETTER) {
            if (c <= 0x5a) {
              flags |= WORD_UPPER
              hash = (Math.imul(hash, 31) + (c | 0x20)) | 0
            } else {
              hash = (Math.imul(hash, 31) + c) | 0
            }
            i++
            continue
          }
          if (k === OTHER_WORD) {
            hash = (Math.imul(hash, 31) + c) | 0
            i++
            continue
          }
          break
        }
        const k = charAt(text, i)
        if ((k & 7) !== LETTER && (k & 7) !== OTHER_WORD) break
        flags &= ~WORD_SIMPLE
        i += k >> 3
      }
      if (i + 1 < length && CLASS[text.charCodeAt(i)] === APOSTROPHE) {
        const k = charAt(text, i + 1) & 7
        if (k === LETTER || k === OTHER_WORD) {
          flags &= ~WORD_SIMPLE
          i++
          continue
        }
      }
      break
    }
    onWord(start, i, flags, hash)
  }
}

const IS_DIGIT = /^\p{N}$/u
function isDigitAt(text: string, i: number): boolean {
  const cp = text.codePointAt(i)
  return cp !== undefined && IS_DIGIT.test(String.fromCodePoint(cp))
}

/** A hash of a term, equal to the hash forEachWord reports for a simple word of that term. */
export function termHash(term: string): number {
  let hash = 0
  for (let i = 0; i < term.length; i++) hash = (Math.imul(hash, 31) + term.charCodeAt(i)) | 0
  return hash
}

const MARKS = /\p{M}+/gu
const NOT_WORD = /[^\p{L}\p{N}]+/u
const APOSTROPHES = /['’ʼ]/g
const POSSESSIVE = /['’ʼ]s$/

/** Letters that NFKD leaves alone but a reader would type without their "diacritic". */
const SPECIAL_LETTERS: Readonly<Record<string, string>> = {
  ß: 'ss', æ: 'ae', œ: 'oe', ø: 'o', ł: 'l', đ: 'd', ð: 'd', þ: 'th', ı: 'i', ħ: 'h', ŧ: 't', ŀ: 'l',
  ĸ: 'q', ŋ: 'n', ς: 'σ',
}
const SPECIAL_LETTER = new RegExp(`[${Object.keys(SPECIAL_LETTERS).join('')}]`, 'gu')

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false
  return true
}

/**
 * The term(s) of one word as found by forEachWord. Usually one; none for a word that folds
 * to nothing (a lone combining mark); several in the rare case that folding yields
 * punctuation (½ → 1⁄2).
 */
export function foldWord(word: string): string[] {
  let term = word.toLowerCase()
  if (isAscii(term)) {
    if (term.includes('.')) term = term.replaceAll('.', '')
    if (term.includes("'")) term = term.replace(POSSESSIVE, '').replace(APOSTROPHES, '')
    return term === '' ? [] : [term]
  }
  // NFKD can produce capitals (ℌ → H) and lower-casing can produce marks (İ → i̇), so: NFKD,
  // lower case, NFKD again, then drop the marks. This makes folding idempotent.
  term = term.normalize('NFKD').toLowerCase().normalize('NFKD').replace(MARKS, '')
  term = term.replace(SPECIAL_LETTER, (c) => SPECIAL_LETTERS[c] ?? c)
  term = term.replace(POSSESSIVE, '').replace(APOSTROPHES, '').replaceAll('.', '')
  if (term === '') return []
  if (!NOT_WORD.test(term)) return [term]
  return term.split(NOT_WORD).filter((t) => t !== '')
}

/** The first term of `text` ('' when none): how the index would spell a single word. */
export function normalizeTerm(text: string): string {
  let first: string | undefined
  forEachTerm(text, (term) => (first ??= term))
  return first ?? ''
}

/**
 * Calls `onTerm` for every term of `text`, stopwords included, with the UTF-16 range of
 * the word it came from. The single implementation behind querying and highlighting (the
 * index builder uses forEachWord + foldWord, which this is made of).
 */
export function forEachTerm(text: string, onTerm: (term: string, start: number, end: number) => void): void {
  forEachWord(text, (start, end, flags) => {
    if (flags & WORD_SIMPLE) {
      const word = text.slice(start, end)
      onTerm(flags & WORD_UPPER ? word.toLowerCase() : word, start, end)
    } else {
      for (const term of foldWord(text.slice(start, end))) onTerm(term, start, end)
    }
  })
}

export type Token = { term: string; start: number; end: number; stopword: boolean }

/** Every term of `text` with its range, stopwords included (flagged). */
export function tokenize(text: string): Token[] {
  const tokens: Token[] = []
  forEachTerm(text, (term, start, end) => tokens.push({ term, start, end, stopword: STOPWORDS.has(term) }))
  return tokens
}

/** The terms that would be indexed for `text`, in order (stopwords removed). */
export function indexTerms(text: string): string[] {
  const terms: string[] = []
  forEachTerm(text, (term) => {
    if (!STOPWORDS.has(term)) terms.push(term)
  })
  return terms
}

/**
 * The ranges of `text` to highlight for a result: every word one of whose terms is in
 * `matchedTerms` (as returned by SearchIndex.search). Sorted, non-overlapping.
 */
export function highlightRanges(text: string, matchedTerms: Iterable<string>): { start: number; end: number }[] {
  const wanted = matchedTerms instanceof Set ? (matchedTerms as ReadonlySet<string>) : new Set(matchedTerms)
  const ranges: { start: number; end: number }[] = []
  if (wanted.size === 0) return ranges
  forEachTerm(text, (term, start, end) => {
    if (!wanted.has(term)) return
    const last = ranges[ranges.length - 1]
    if (last?.start === start) return // another term of the same word
    ranges.push({ start, end })
  })
  return ranges
}
