import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { ArticleFormatError, parseArticle } from './parse-article'

const seed = readFileSync(new URL('../content/articles/000_1195f8b02fb32f15.txt', import.meta.url), 'utf8')

function problemOf(source: string): { line: number; problem: string } {
  try {
    parseArticle(source)
  } catch (error) {
    if (error instanceof ArticleFormatError) return { line: error.line, problem: error.problem }
    throw error
  }
  throw new Error('expected an ArticleFormatError')
}

describe('parseArticle on the seed article', () => {
  const article = parseArticle(seed)

  it('reads the date, caption and dateline from the first line', () => {
    expect(article.date).toBe('2025-07-01')
    expect(article.caption).toBe(
      'Performers on stage in front of a screen showing North Korean leader Kim Jong Un draping coffins with the national flag.',
    )
    expect(article.dateline).toBe('SEOUL')
    expect(article.warnings).toEqual([])
  })

  it('reads the lede and the ten body paragraphs', () => {
    expect(article.paragraphs).toHaveLength(11)
    expect(article.paragraphs[0]).toMatch(/^Kim Jong Un held the first public commemoration/)
    expect(article.paragraphs[3]).toBe('Watching the scene at the gala event held Sunday, Kim shed tears.')
    expect(article.paragraphs[10]).toMatch(/“Let us bravely and without hesitation engage in this sacred battle,” it read\.$/)
  })
})

describe('parseArticle on messy files', () => {
  it('reads a file with no caption', () => {
    const article = parseArticle('date 2025-06-30 TOKYO—Japan’s central bank held rates.\n\nMore.')
    expect(article).toMatchObject({ dateline: 'TOKYO', paragraphs: ['Japan’s central bank held rates.', 'More.'] })
    expect(article.caption).toBeUndefined()
  })

  it('reads a file with no dateline as all lede, and warns', () => {
    const article = parseArticle('date 2025-06-29 Volunteers planted trees on Saturday.\n\nMore.')
    expect(article.dateline).toBeUndefined()
    expect(article.caption).toBeUndefined()
    expect(article.paragraphs).toEqual(['Volunteers planted trees on Saturday.', 'More.'])
    expect(article.warnings).toEqual([{ line: 1, problem: expect.stringContaining('no dateline') as string }])
  })

  it.each([
    ['WASHINGTON, D.C.', 'Senators leave. WASHINGTON, D.C.—The Senate passed a bill.'],
    ['KYIV, Ukraine', 'Residents clear rubble. KYIV, Ukraine—Crews worked all night.'],
    ['SANTIAGO, Chile', 'SANTIAGO, Chile—Chile’s congress approved a company.'],
    ['NEW YORK', 'A subway car. NEW YORK—The city said fares will rise.'],
    ['ŁÓDŹ, Poland', 'A new tram. ŁÓDŹ, Poland—A tram maker won an order.'],
    ['SÃO PAULO, Brazil', 'SÃO PAULO, Brazil—Markets rose.'],
    ['ZU\u0308RICH', 'A bank. ZU\u0308RICH—Rates held.'],
    ['REYKJAVÍK, Ísland', 'REYKJAVÍK, Ísland—Snow fell.'],
  ])('reads the dateline %s, comma and all', (dateline, line) => {
    expect(parseArticle(`date 2025-06-28 ${line}`).dateline).toBe(dateline)
  })

  it.each([
    ['--', 'A ferry at dawn. SYDNEY--Australia will build a terminal.'],
    ['a spaced em dash', 'Farmers in a field. NAIROBI — Kenya expects a record harvest.'],
    ['an en dash', 'Farmers in a field. NAIROBI – Kenya expects a record harvest.'],
  ])('accepts %s instead of an em dash', (_, line) => {
    const article = parseArticle(`date 2025-06-27 ${line}`)
    expect(article.dateline).toMatch(/^(SYDNEY|NAIROBI)$/)
    expect(article.caption).toMatch(/\.$/)
    expect(article.paragraphs[0]).toMatch(/^(Australia|Kenya) /)
  })

  it('does not take an upper-case word inside the caption for the dateline', () => {
    const article = parseArticle('date 2025-06-27 Fans of the NBA—and others—cheer. BOSTON—The Celtics won.')
    expect(article.dateline).toBe('BOSTON')
    expect(article.caption).toBe('Fans of the NBA—and others—cheer.')
  })

  it('handles CRLF line ends', () => {
    const article = parseArticle('date 2025-06-25 A tram. LISBON—Trams will be free.\r\n\r\nIt will cost 4 million euros.\r\n')
    expect(article.paragraphs).toEqual(['Trams will be free.', 'It will cost 4 million euros.'])
  })

  it('handles a byte-order mark and leading white space', () => {
    expect(parseArticle('\uFEFF  date 2025-06-24 OSLO—Parks opened.').date).toBe('2025-06-24')
  })

  it('handles several blank lines in a row and trailing white space', () => {
    const article = parseArticle('date 2025-06-23 Hikers.   OSLO—Parks opened.   \n\n\n\n  Groups welcomed it.\t \n \n\n\nThey open in August.   \n\n\n')
    expect(article.caption).toBe('Hikers.')
    expect(article.paragraphs).toEqual(['Parks opened.', 'Groups welcomed it.', 'They open in August.'])
  })

  it('joins a hard-wrapped paragraph with a space', () => {
    expect(parseArticle('date 2025-06-23 OSLO—Parks\nopened.\n\nMore\ntext.').paragraphs).toEqual(['Parks opened.', 'More text.'])
  })

  it('keeps text that looks like HTML as text', () => {
    const article = parseArticle('date 2025-06-22 BERLIN—Attackers could inject <script>alert("x")</script>.\n\n<b>bold</b> &amp; more')
    expect(article.paragraphs).toEqual(['Attackers could inject <script>alert("x")</script>.', '<b>bold</b> &amp; more'])
  })

  it('reads a dateline from the first paragraph when the date stands alone', () => {
    const article = parseArticle('date 2025-06-22\n\nA photo. BERLIN—The lede.\n\nMore.')
    expect(article).toMatchObject({ caption: 'A photo.', dateline: 'BERLIN', paragraphs: ['The lede.', 'More.'] })
  })

  it('takes the headline from front matter', () => {
    const article = parseArticle('---\ntitle: "Chile approves a lithium company"\n---\ndate 2025-06-21 SANTIAGO, Chile—Congress voted.')
    expect(article.title).toBe('Chile approves a lithium company')
    expect(article.dateline).toBe('SANTIAGO, Chile')
  })
})

describe('parseArticle does bounded work on any lede', () => {
  it('reads a lede of 20,000 "A. " as all lede, without a dateline, quickly', () => {
    const lede = 'A. '.repeat(20_000).trim()
    const article = parseArticle(`date 2025-07-01 ${lede}`)
    expect(article.dateline).toBeUndefined()
    expect(article.caption).toBeUndefined()
    expect(article.paragraphs).toEqual([lede])
    expect(article.warnings).toEqual([{ line: 1, problem: expect.stringContaining('no dateline') as string }])
    // Seconds before the bound, about 10 ms after. A loose limit, and the fastest of three
    // tries in time or in CPU time, because the machine running the tests may be busy.
    const tries = [1, 2, 3].map(() => {
      const cpuBefore = process.cpuUsage()
      const started = performance.now()
      parseArticle(`date 2025-07-01 ${lede}`)
      const { user, system } = process.cpuUsage(cpuBefore)
      return Math.min(performance.now() - started, (user + system) / 1000)
    })
    expect(Math.min(...tries)).toBeLessThan(100)
  })

  it('reads a dateline of six place words and a region of four', () => {
    const article = parseArticle('date 2025-07-01 A market. SAN JUAN DE LOS LAGOS CITY, Jalisco State Of Mexico—Pilgrims came.')
    expect(article.dateline).toBe('SAN JUAN DE LOS LAGOS CITY, Jalisco State Of Mexico')
    expect(article.caption).toBe('A market.')
  })

  it('looks for the dateline only in the first 1,000 characters, where caption and dateline are', () => {
    const longCaption = 'A long caption. '.repeat(60).trim() // 959 characters
    expect(parseArticle(`date 2025-07-01 ${longCaption} SEOUL—Text.`)).toMatchObject({ caption: longCaption, dateline: 'SEOUL' })
    const lede = `${'Officials met on Monday. '.repeat(50)}They said. NATO—the alliance—agreed.`
    const article = parseArticle(`date 2025-07-01 ${lede}`)
    expect(article.dateline).toBeUndefined()
    expect(article.paragraphs).toEqual([lede])
  })
})

describe('parseArticle rejects broken files with the line and the problem', () => {
  it.each([
    ['an empty file', '', 1, 'the file is empty'],
    ['a file of blank lines', '\n  \n\r\n', 1, 'the file is empty'],
    ['a file with only a date', 'date 2025-07-01\n', 1, 'the file has a date but no article text'],
    ['a file with only a date and blank lines', '  date 2025-07-01  \n\n\n', 1, 'the file has a date but no article text'],
    ['a dateline with no text after it', 'date 2025-07-01 A photo. SEOUL—', 1, 'the dateline is not followed by any article text'],
    ['no date field', 'SEOUL—Kim Jong Un held a ceremony.', 1, 'no "date YYYY-MM-DD" field'],
    ['a date word with no date', 'date\n\nSEOUL—Text.', 1, '"date" is not followed by a YYYY-MM-DD date'],
    ['a date in another format', 'date 01/07/2025 SEOUL—Text.', 1, '"date 01/07/2025" is not a YYYY-MM-DD date'],
    ['a date that is not a real day', 'date 2025-02-30 SEOUL—Text.', 1, '"date 2025-02-30" is not a real day'],
    ['month 13', 'date 2025-13-01 SEOUL—Text.', 1, '"date 2025-13-01" is not a real day'],
    ['the date after blank lines', '\n\n\nnot a date', 4, 'no "date YYYY-MM-DD" field'],
    ['unclosed front matter', '---\ntitle: x\ndate 2025-07-01 SEOUL—Text.', 1, 'front matter opened with "---" is never closed by a "---" line'],
    ['a non-text title', '---\ntitle: [1, 2]\n---\ndate 2025-07-01 SEOUL—Text.', 2, 'front matter "title" must be non-empty text'],
    ['front matter that is not a mapping', '---\n- a\n---\ndate 2025-07-01 SEOUL—Text.', 2, 'front matter must be a YAML mapping such as "title: …"'],
  ])('%s', (_, source, line, problem) => {
    expect(problemOf(source)).toEqual({ line, problem })
  })

  it('refuses front matter over 1,000 characters without parsing it', () => {
    const nested = `title: ${'['.repeat(3000)}x${']'.repeat(3000)}`
    expect(problemOf(`---\n${nested}\n---\ndate 2025-07-01 SEOUL—Text.`)).toEqual({
      line: 2,
      problem: 'front matter is 6,008 characters long; it may have up to 1,000',
    })
    expect(parseArticle(`---\ntitle: ${'x'.repeat(993)}\n---\ndate 2025-07-01 SEOUL—Text.`).title).toHaveLength(993)
  })

  it('reports the line of a YAML syntax error', () => {
    const { line, problem } = problemOf('---\ntitle: ok\ntitle: "unterminated\n---\ndate 2025-07-01 SEOUL—Text.')
    expect(line).toBeGreaterThanOrEqual(2)
    expect(problem).toMatch(/^front matter is not valid YAML/)
  })

  it('counts lines after front matter from the top of the file', () => {
    expect(problemOf('---\ntitle: T\n---\nSEOUL—Text.')).toEqual({ line: 4, problem: 'no "date YYYY-MM-DD" field' })
  })
})

describe('parseArticle properties', () => {
  const word = fc.stringMatching(/^[A-Za-z0-9’“”<>&"'.,;:!?()-]{1,12}$/)
  const paragraph = fc.array(word, { minLength: 1, maxLength: 30 }).map((words) => words.join(' '))

  it('never throws anything but ArticleFormatError', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 400 }), (source) => {
        try {
          parseArticle(source)
        } catch (error) {
          if (!(error instanceof ArticleFormatError)) throw error
        }
      }),
      { numRuns: 2000 },
    )
  })

  it('never throws anything but ArticleFormatError on article-shaped input', () => {
    const line = fc.oneof(fc.constant(''), fc.constant('date 2025-07-01 SEOUL—'), fc.constant('---'), fc.string({ maxLength: 40 }))
    fc.assert(
      fc.property(fc.array(line, { maxLength: 12 }), (lines) => {
        try {
          parseArticle(lines.join('\n'))
        } catch (error) {
          if (!(error instanceof ArticleFormatError)) throw error
        }
      }),
    )
  })

  it('preserves every paragraph’s text, whatever the line ends and blank lines between them', () => {
    fc.assert(
      fc.property(
        paragraph,
        fc.array(paragraph, { maxLength: 8 }),
        fc.constantFrom('\n', '\r\n'),
        fc.integer({ min: 1, max: 4 }),
        (lede, body, newline, blankLines) => {
          const gap = newline.repeat(blankLines + 1)
          const source = [`date 2024-02-29 A caption. PYONGYANG—${lede}`, ...body].join(gap)
          expect(parseArticle(source).paragraphs).toEqual([lede, ...body])
        },
      ),
    )
  })
})
