import { describe, expect, it } from 'vitest'
import { buildCatalog, formatProblem } from './build-catalog'

const article = (date: string, lede: string) => `date ${date} A caption. SEOUL—${lede}\n\nA second paragraph.\n`

describe('buildCatalog', () => {
  it('orders articles newest first, and by corpus number within a day', () => {
    const { entries, problems } = buildCatalog([
      { path: 'a/001_0000000000000001.txt', source: article('2025-01-01', 'Oldest story.') },
      { path: 'a/002_0000000000000002.txt', source: article('2025-03-01', 'Newest story, first of the day.') },
      { path: 'a/003_0000000000000003.txt', source: article('2025-03-01', 'Newest story, second of the day.') },
    ])
    expect(problems).toEqual([])
    expect(entries.map((entry) => entry.summary.id)).toEqual(['0000000000000003', '0000000000000002', '0000000000000001'])
  })

  it('derives what the list needs and keeps the body apart', () => {
    const [entry] = buildCatalog([{ path: 'x/000_1195f8b02fb32f15.txt', source: article('2025-07-01', 'Kim shed tears.') }]).entries
    expect(entry).toEqual({
      summary: {
        id: '1195f8b02fb32f15',
        slug: 'kim-shed-tears-1195f8b0',
        date: '2025-07-01',
        headline: 'Kim shed tears',
        dek: 'Kim shed tears.',
        dateline: 'SEOUL',
        readingMinutes: 1,
      },
      body: { caption: 'A caption.', paragraphs: ['Kim shed tears.', 'A second paragraph.'], wordCount: 6, textHash: 'ea28babdf5874223' },
    })
  })

  it('reports every broken file with its path and line, and keeps the good ones', () => {
    const { entries, problems } = buildCatalog([
      { path: 'content/articles/001_0000000000000001.txt', source: article('2025-01-01', 'Fine.') },
      { path: 'content/articles/004_ab00000000000004.txt', source: 'SEOUL—No date here.' },
      { path: 'content/articles/005_ab00000000000005.txt', source: '' },
      { path: 'content/articles/notes.txt', source: article('2025-01-01', 'Misnamed.') },
      { path: 'content/articles/006_0000000000000001.txt', source: article('2025-01-01', 'Same id.') },
    ])
    expect(entries).toHaveLength(1)
    expect(problems.map(formatProblem)).toEqual([
      'content/articles/004_ab00000000000004.txt:1: no "date YYYY-MM-DD" field',
      'content/articles/005_ab00000000000005.txt:1: the file is empty',
      'content/articles/notes.txt: the file name must be NNN_<16 lower-case hex digits>.txt, e.g. 004_1195f8b02fb32f15.txt',
      'content/articles/006_0000000000000001.txt: the id 0000000000000001 is already used by content/articles/001_0000000000000001.txt',
    ])
  })

  it('passes on warnings with the file path', () => {
    const { warnings } = buildCatalog([{ path: 'a/001_0000000000000001.txt', source: 'date 2025-01-01 No dateline here.' }])
    expect(warnings).toEqual([{ path: 'a/001_0000000000000001.txt', line: 1, problem: expect.stringContaining('no dateline') as string }])
  })

  it('builds an empty catalog from no files', () => {
    expect(buildCatalog([])).toEqual({ entries: [], problems: [], warnings: [] })
  })
})
