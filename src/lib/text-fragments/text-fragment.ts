/**
 * URL text fragment directives (`#:~:text=prefix-,start,end,-suffix`), as specified by WICG
 * "URL Fragment Text Directives" (https://wicg.github.io/scroll-to-text-fragment/).
 *
 * Pure string code: no DOM, no Node APIs. Parsing follows the spec's algorithms step by step
 * ("remove the fragment directive", "parse the fragment directive", "parse a text directive",
 * "percent-decode a text directive term") and never throws, because fragments come from URLs
 * that anyone can write.
 */

/** One `text=` directive. Absent optional terms are left out (never `undefined` keys). */
export type TextDirective = { prefix?: string; start: string; end?: string; suffix?: string }

/** The spec's "fragment directive delimiter". */
const DELIMITER = ':~:'

/**
 * Longest term (prefix, start, end or suffix) a link may ask us to find: 2,000 characters
 * (UTF-16 code units, after percent-decoding). A text directive whose term is longer is not
 * parsed (`parseTextFragmentReporting` counts it), so a crafted link cannot make the reader
 * fold and search an enormous string (a 100,000-character term blocked the page for up to a
 * second). A term never spans paragraphs, and a newswire paragraph is well under 2,000
 * characters; Chrome writes a passage out whole only up to 300 and uses `start,end` beyond.
 */
export const MAX_TERM_LENGTH = 2000

/**
 * Percent-encoded, one UTF-16 code unit takes at most 9 characters (`%E4%B8%AD`, a 3-byte
 * UTF-8 character), so a raw term longer than this decodes to more than MAX_TERM_LENGTH and
 * is refused without decoding it.
 */
const MAX_RAW_TERM_LENGTH = MAX_TERM_LENGTH * 9

/** Whether a directive (parsed, or built in code) has a term longer than MAX_TERM_LENGTH: one not to look for. */
export function hasTermTooLong({ prefix, start, end, suffix }: TextDirective): boolean {
  return [prefix, start, end, suffix].some((term) => term !== undefined && term.length > MAX_TERM_LENGTH)
}

/**
 * The spec's "remove the fragment directive": split a URL fragment (without `#`) at the FIRST
 * `:~:`. `fragment` is what remains for the page (e.g. an element id); `directive` is what follows
 * the delimiter, or null when there is no delimiter or nothing after it (the spec treats `foo:~:`
 * as "no directive", not as an empty one).
 */
export function splitFragmentDirective(fragment: string): { fragment: string; directive: string | null } {
  const position = fragment.indexOf(DELIMITER)
  if (position === -1) return { fragment, directive: null }
  const rest = fragment.slice(position + DELIMITER.length)
  return { fragment: fragment.slice(0, position), directive: rest === '' ? null : rest }
}

/**
 * Parse the text directives of a URL fragment (the part after `#`, e.g. `:~:text=a,b` or
 * `section:~:text=a&text=b`). Directives are separated by `&`; directives other than `text=`
 * (matched case-sensitively) and invalid text directives are dropped. Returns [] when the fragment
 * has no directive.
 */
export function parseTextFragment(fragment: string): TextDirective[] {
  return parseTextFragmentReporting(fragment).directives
}

/**
 * `parseTextFragment`, also counting the text directives left out because a term is longer than
 * MAX_TERM_LENGTH, so that a page can say why a link finds nothing.
 */
export function parseTextFragmentReporting(fragment: string): { directives: TextDirective[]; tooLong: number } {
  const { directive } = splitFragmentDirective(fragment)
  const directives: TextDirective[] = []
  let tooLong = 0
  if (directive === null) return { directives, tooLong }
  for (const item of directive.split('&')) {
    if (!item.startsWith('text=')) continue
    const parsed = parseTextDirective(item.slice('text='.length))
    if (parsed === TOO_LONG) tooLong++
    else if (parsed !== null) directives.push(parsed)
  }
  return { directives, tooLong }
}

const TOO_LONG = Symbol('a term is too long')

/**
 * The spec's "parse a text directive" on the value after `text=`. A term may not be empty and may
 * not contain a raw `-` (other than the prefix/suffix marker), so `a-b`, `a,-` and `p-refix-,x`
 * are all invalid: a literal hyphen must be written `%2D`. A valid directive with a term over
 * MAX_TERM_LENGTH is TOO_LONG.
 */
function parseTextDirective(value: string): TextDirective | typeof TOO_LONG | null {
  const tokens = value.split(',')
  if (tokens.length > 4) return null

  let prefix: string | undefined
  const first = tokens[0]
  if (first !== undefined && first.endsWith('-')) {
    prefix = first.slice(0, -1)
    tokens.shift()
    if (!isValidTerm(prefix) || tokens.length === 0) return null
  }

  let suffix: string | undefined
  const last = tokens[tokens.length - 1]
  if (last !== undefined && last.startsWith('-')) {
    suffix = last.slice(1)
    tokens.pop()
    if (!isValidTerm(suffix) || tokens.length === 0) return null
  }

  // What is left is `start` or `start,end`.
  const [start, end, ...extra] = tokens
  if (start === undefined || !isValidTerm(start) || extra.length > 0) return null
  if (end !== undefined && !isValidTerm(end)) return null

  const decodedPrefix = prefix === undefined ? undefined : decodeBoundedTerm(prefix)
  const decodedStart = decodeBoundedTerm(start)
  const decodedEnd = end === undefined ? undefined : decodeBoundedTerm(end)
  const decodedSuffix = suffix === undefined ? undefined : decodeBoundedTerm(suffix)
  if (decodedPrefix === TOO_LONG || decodedStart === TOO_LONG || decodedEnd === TOO_LONG || decodedSuffix === TOO_LONG) return TOO_LONG

  // Build the object key by key so absent terms stay absent (deep-equality with `{ start }`).
  const result: TextDirective = { start: decodedStart }
  if (decodedPrefix !== undefined) result.prefix = decodedPrefix
  if (decodedEnd !== undefined) result.end = decodedEnd
  if (decodedSuffix !== undefined) result.suffix = decodedSuffix
  return result
}

/** A raw term decoded, or TOO_LONG when it decodes to more than MAX_TERM_LENGTH (one too long to be worth decoding does). */
function decodeBoundedTerm(term: string): string | typeof TOO_LONG {
  if (term.length > MAX_RAW_TERM_LENGTH) return TOO_LONG
  const decoded = percentDecodeTerm(term)
  return decoded.length > MAX_TERM_LENGTH ? TOO_LONG : decoded
}

function isValidTerm(term: string): boolean {
  return term !== '' && !term.includes('-')
}

// `fatal: false` (the default) turns invalid UTF-8 into U+FFFD instead of throwing; `ignoreBOM:
// true` keeps a leading U+FEFF as text, which is what the spec's "UTF-8 decode without BOM" means.
const utf8Decoder = new TextDecoder('utf-8', { ignoreBOM: true })
const utf8Encoder = new TextEncoder()

/**
 * The spec's "percent-decode a text directive term": URL percent-decode to bytes, then UTF-8
 * decode. Unlike decodeURIComponent this never throws: a `%` not followed by two hex digits
 * (`%`, `%%`, `%F`, `%zz`) stays a literal `%`, and bytes that are not valid UTF-8 become U+FFFD.
 */
function percentDecodeTerm(term: string): string {
  // Terms should be ASCII (the URL parser has encoded everything else), but a raw non-ASCII
  // character is tolerated: the URL spec percent-decodes the UTF-8 bytes of its input string.
  const input = utf8Encoder.encode(term)
  const bytes = new Uint8Array(input.length)
  let length = 0
  for (let i = 0; i < input.length; i++) {
    const byte = input[i] ?? 0
    const high = byte === 0x25 ? hexValue(input[i + 1]) : -1
    const low = high === -1 ? -1 : hexValue(input[i + 2])
    if (low === -1) {
      bytes[length++] = byte
    } else {
      bytes[length++] = high * 16 + low
      i += 2
    }
  }
  return utf8Decoder.decode(bytes.subarray(0, length))
}

/** The value of an ASCII hex digit byte, or -1 (also for a missing byte past the end). */
function hexValue(byte: number | undefined): number {
  if (byte === undefined) return -1
  if (byte >= 0x30 && byte <= 0x39) return byte - 0x30 // 0-9
  if (byte >= 0x41 && byte <= 0x46) return byte - 0x41 + 10 // A-F
  if (byte >= 0x61 && byte <= 0x66) return byte - 0x61 + 10 // a-f
  return -1
}

/**
 * Characters a term keeps raw, besides ASCII letters and digits. This is the spec's
 * TextDirectiveExplicitChar set minus `:` and `~`: those two are always encoded so that no term
 * can ever contain the delimiter `:~:` (Gecko, for one, rejects a URL that has it twice). Keeping
 * `.` and the rest raw keeps links readable, as in the spec's examples (`C.%20E.%20Wynn%2DWilliams`).
 */
const RAW_PUNCTUATION = new Set("!$'()*+./;=?@_")

/**
 * Percent-encode one term. Everything outside [A-Za-z0-9] and RAW_PUNCTUATION is written as
 * UTF-8 bytes in uppercase `%XX` form: the syntax characters `-` `,` `&` and `%` itself, space
 * (`%20`, as in Chrome's links), `#`, quotes, `<>`, backtick, control characters and all non-ASCII.
 * A lone surrogate cannot be UTF-8 encoded; it becomes U+FFFD (`%EF%BF%BD`), as in TextEncoder.
 */
function percentEncodeTerm(term: string): string {
  let out = ''
  for (const char of term) {
    if (/^[A-Za-z0-9]$/.test(char) || RAW_PUNCTUATION.has(char)) {
      out += char
      continue
    }
    for (const byte of utf8Encoder.encode(char)) {
      out += '%' + byte.toString(16).toUpperCase().padStart(2, '0')
    }
  }
  return out
}

/**
 * Format one directive as `text=[prefix-,]start[,end][,-suffix]` (without `:~:`; join several
 * directives with `&`). Every term must be non-empty: the syntax has no way to write an empty
 * term, so an empty one throws a RangeError rather than producing a link that silently matches
 * nothing.
 */
export function formatTextDirective(directive: TextDirective): string {
  const { prefix, start, end, suffix } = directive
  for (const term of [prefix, start, end, suffix]) {
    if (term === '') throw new RangeError('A text directive term cannot be empty')
  }
  const terms: string[] = []
  if (prefix !== undefined) terms.push(percentEncodeTerm(prefix) + '-')
  terms.push(percentEncodeTerm(start))
  if (end !== undefined) terms.push(percentEncodeTerm(end))
  if (suffix !== undefined) terms.push('-' + percentEncodeTerm(suffix))
  return 'text=' + terms.join(',')
}
