import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { formatTextDirective, MAX_TERM_LENGTH, parseTextFragment, parseTextFragmentReporting, splitFragmentDirective } from './text-fragment'
import type { TextDirective } from './text-fragment'

describe('parseTextFragment', () => {
  it('decodes a Chrome "Copy link to highlight" fragment', () => {
    expect(parseTextFragment(':~:text=Kim%20shed%20tears')).toStrictEqual([{ start: 'Kim shed tears' }])
  })

  it('reads prefix, start, end and suffix', () => {
    expect(parseTextFragment(':~:text=said%20that-,Kim,tears,-on%20Monday')).toStrictEqual([
      { prefix: 'said that', start: 'Kim', end: 'tears', suffix: 'on Monday' },
    ])
    expect(parseTextFragment(':~:text=Kim,tears')).toStrictEqual([{ start: 'Kim', end: 'tears' }])
    expect(parseTextFragment(':~:text=said-,Kim')).toStrictEqual([{ prefix: 'said', start: 'Kim' }])
    expect(parseTextFragment(':~:text=Kim,-shed')).toStrictEqual([{ start: 'Kim', suffix: 'shed' }])
  })

  it('reads several directives joined by &, in order', () => {
    expect(parseTextFragment(':~:text=one&text=two,three&text=a-,four')).toStrictEqual([
      { start: 'one' },
      { start: 'two', end: 'three' },
      { prefix: 'a', start: 'four' },
    ])
  })

  it('ignores unknown directives and invalid text directives', () => {
    expect(parseTextFragment(':~:note=x&text=kept&TEXT=no&text=a-b&text=a,b,c&text=')).toStrictEqual([
      { start: 'kept' },
    ])
    expect(parseTextFragment(':~:unknown')).toStrictEqual([])
  })

  it('splits at the first :~: and keeps the fragment before it', () => {
    expect(splitFragmentDirective('top-story:~:text=Kim')).toStrictEqual({
      fragment: 'top-story',
      directive: 'text=Kim',
    })
    expect(parseTextFragment('top-story:~:text=Kim')).toStrictEqual([{ start: 'Kim' }])
    expect(splitFragmentDirective('top-story')).toStrictEqual({ fragment: 'top-story', directive: null })
    // Nothing after the delimiter is "no directive" in the spec, but the delimiter is still removed.
    expect(splitFragmentDirective('top-story:~:')).toStrictEqual({ fragment: 'top-story', directive: null })
    // Only the first delimiter splits: the second one is part of the directive's text.
    expect(splitFragmentDirective('a:~:text=b:~:c')).toStrictEqual({ fragment: 'a', directive: 'text=b:~:c' })
  })

  it('returns [] without a directive', () => {
    expect(parseTextFragment('')).toStrictEqual([])
    expect(parseTextFragment('section-2')).toStrictEqual([])
    expect(parseTextFragment('section-2:~:')).toStrictEqual([])
  })

  it('leaves malformed percent escapes literal instead of throwing', () => {
    expect(parseTextFragment(':~:text=100%')).toStrictEqual([{ start: '100%' }])
    expect(parseTextFragment(':~:text=%%')).toStrictEqual([{ start: '%%' }])
    expect(parseTextFragment(':~:text=%F')).toStrictEqual([{ start: '%F' }])
    expect(parseTextFragment(':~:text=%zz%2')).toStrictEqual([{ start: '%zz%2' }])
    expect(parseTextFragment(':~:text=%25F')).toStrictEqual([{ start: '%F' }])
  })

  it('turns invalid UTF-8 into U+FFFD, keeps a leading BOM and does not trim', () => {
    expect(parseTextFragment(':~:text=%FF')).toStrictEqual([{ start: '\uFFFD' }])
    expect(parseTextFragment(':~:text=%C3%28')).toStrictEqual([{ start: '\uFFFD(' }])
    expect(parseTextFragment(':~:text=%EF%BB%BFa')).toStrictEqual([{ start: '\uFEFFa' }])
    expect(parseTextFragment(':~:text=%20Kim%20')).toStrictEqual([{ start: ' Kim ' }])
  })

  it('decodes encoded syntax characters and raw non-ASCII', () => {
    expect(parseTextFragment(':~:text=%2D%2C%26%3A%7E%3A')).toStrictEqual([{ start: '-,&:~:' }])
    expect(parseTextFragment(':~:text=caf%C3%A9,café')).toStrictEqual([{ start: 'café', end: 'café' }])
  })

  it(`leaves out, and counts, a directive with a term over ${MAX_TERM_LENGTH} characters`, () => {
    const longest = 'a'.repeat(MAX_TERM_LENGTH)
    const tooLong = 'a'.repeat(MAX_TERM_LENGTH + 1)
    expect(parseTextFragmentReporting(`:~:text=${longest}`)).toStrictEqual({ directives: [{ start: longest }], tooLong: 0 })
    for (const directive of [tooLong, `p-,${tooLong}`, `${tooLong}-,s`, `s,${tooLong}`, `s,-${tooLong}`]) {
      expect(parseTextFragmentReporting(`:~:text=${directive}&text=kept`)).toStrictEqual({ directives: [{ start: 'kept' }], tooLong: 1 })
    }
    // Measured after decoding: 2,000 encoded characters are 2,000 UTF-16 code units, however written.
    expect(parseTextFragment(`:~:text=${'%E4%B8%AD'.repeat(MAX_TERM_LENGTH)}`)).toStrictEqual([{ start: '中'.repeat(MAX_TERM_LENGTH) }])
    expect(parseTextFragmentReporting(`:~:text=${'%E4%B8%AD'.repeat(MAX_TERM_LENGTH + 1)}`).tooLong).toBe(1)
    // An invalid directive stays invalid (not counted), whatever its length.
    expect(parseTextFragmentReporting(`:~:text=${tooLong}-b`)).toStrictEqual({ directives: [], tooLong: 0 })
  })

  it('refuses a 100,000-character term quickly', () => {
    const started = performance.now()
    expect(parseTextFragmentReporting(`:~:text=${'%20a'.repeat(25_000)}`)).toStrictEqual({ directives: [], tooLong: 1 })
    expect(performance.now() - started).toBeLessThan(100)
  })

  it('never throws on arbitrary input', () => {
    const pieces = fc.constantFrom(':~:', 'text=', '&', ',', '-', '%', '%2', '%E2', '%FF', '\uD800', '\uDC00')
    const fragment = fc
      .array(fc.oneof(pieces, fc.string({ unit: 'binary' })), { maxLength: 12 })
      .map((parts) => parts.join(''))
    fc.assert(
      fc.property(fc.oneof(fragment, fc.string()), (input) => {
        const result = parseTextFragment(input)
        expect(Array.isArray(result)).toBe(true)
      }),
      { numRuns: 2000 },
    )
  })
})

describe('formatTextDirective', () => {
  it('writes spaces as %20 like Chrome does', () => {
    expect(formatTextDirective({ start: 'Kim shed tears' })).toBe('text=Kim%20shed%20tears')
  })

  it('writes prefix-,start,end,-suffix with only the given terms', () => {
    expect(formatTextDirective({ prefix: 'said', start: 'Kim', end: 'tears', suffix: 'today' })).toBe(
      'text=said-,Kim,tears,-today',
    )
    expect(formatTextDirective({ start: 'Kim', suffix: 'shed' })).toBe('text=Kim,-shed')
    expect(formatTextDirective({ prefix: 'said', start: 'Kim' })).toBe('text=said-,Kim')
  })

  it('encodes syntax characters, the delimiter and unsafe characters, keeping "." and friends raw', () => {
    expect(formatTextDirective({ start: 'a-b,c&d%e' })).toBe('text=a%2Db%2Cc%26d%25e')
    expect(formatTextDirective({ start: '#:~:x' })).toBe('text=%23%3A%7E%3Ax')
    expect(formatTextDirective({ start: '"<`>\'\n' })).toBe("text=%22%3C%60%3E'%0A")
    expect(formatTextDirective({ start: "C. E. Wynn-Williams!$'()*+./;=?@_" })).toBe(
      "text=C.%20E.%20Wynn%2DWilliams!$'()*+./;=?@_",
    )
    expect(formatTextDirective({ start: '✅ 😃' })).toBe('text=%E2%9C%85%20%F0%9F%98%83')
  })

  it('writes a lone surrogate as U+FFFD, since UTF-8 cannot carry it', () => {
    expect(formatTextDirective({ start: 'a\uD800' })).toBe('text=a%EF%BF%BD')
  })

  it('rejects empty terms, which the syntax cannot express', () => {
    expect(() => formatTextDirective({ start: '' })).toThrow(RangeError)
    expect(() => formatTextDirective({ start: 'a', suffix: '' })).toThrow(RangeError)
  })
})

describe('round trip', () => {
  // Terms mix syntax characters, whitespace, percent-like text, a BOM and any code point.
  // 'binary' and 'grapheme' units produce only well-formed strings: a lone surrogate cannot be
  // UTF-8 encoded (it would come back as U+FFFD), so it cannot round-trip and is left out.
  const special = fc.constantFrom(
    ...['-', ',', '&', '%', '#', ':', '~', ':~:', '+', '%2D', '%zz'],
    ...[' ', '\t', '\n', '\u00A0', '\u3000', '\uFEFF'],
  )
  const unit = fc.oneof(
    special,
    fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }), // any code point, controls included
    fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 }), // emoji, combining sequences, ...
  )
  const term = fc.string({ unit, minLength: 1, maxLength: 12 })
  // Optional terms are either present or absent as keys, never `undefined`; plain prototypes so
  // toStrictEqual can compare them with the parser's object literals.
  const directive: fc.Arbitrary<TextDirective> = fc.record(
    { prefix: term, start: term, end: term, suffix: term },
    { requiredKeys: ['start'], noNullPrototype: true },
  )

  it('parseTextFragment(":~:" + formatTextDirective(d)) gives back [d]', () => {
    fc.assert(
      fc.property(directive, (d) => {
        const formatted = formatTextDirective(d)
        expect(formatted).not.toContain(':~:')
        expect(parseTextFragment(':~:' + formatted)).toStrictEqual([d])
      }),
      { numRuns: 2000 },
    )
  })

  it('several directives joined by & come back in order, after an existing fragment', () => {
    fc.assert(
      fc.property(fc.array(directive, { minLength: 1, maxLength: 4 }), (ds) => {
        const url = 'section-1:~:' + ds.map(formatTextDirective).join('&')
        expect(parseTextFragment(url)).toStrictEqual(ds)
        expect(splitFragmentDirective(url).fragment).toBe('section-1')
      }),
    )
  })
})
