import { describe, expect, it } from 'vitest'
import { highlightsToMarkdown } from './export-markdown'
import type { Highlight } from './highlight'
import { sampleHighlight } from './testing/sample-highlight'

function highlight(exact: string, overrides: Partial<Highlight> = {}): Highlight {
  return sampleHighlight({ selectors: [{ type: 'TextQuoteSelector', exact }, { type: 'TextPositionSelector', start: 0, end: exact.length }], ...overrides })
}

describe('highlightsToMarkdown', () => {
  it('writes each article with its quotes, notes and colours', () => {
    const markdown = highlightsToMarkdown(
      [
        {
          articleId: '0123456789abcdef',
          article: { headline: 'Harbour freezes [again]', url: 'https://news.example/harbour', date: '2025-06-30' },
          highlights: [
            highlight('The harbour froze overnight.\n\nBoats stayed in port.', {
              note: '# not a heading\nsee [brackets] and *stars*',
              color: 'green',
            }),
            highlight('- 40 degrees'),
          ],
        },
        {
          articleId: 'fedcba9876543210',
          article: { headline: 'Markets rally', url: 'https://news.example/markets (live)', date: '2025-07-01' },
          highlights: [highlight('Shares rose <b>sharply</b>.', { color: 'pink', createdAt: '2025-07-02T23:59:00.000Z' })],
        },
      ],
      { exportedAt: '2025-07-03' },
    )
    expect(markdown).toBe(
      [
        '# Broadsheet highlights',
        '',
        'Exported 2025-07-03',
        '',
        '## [Harbour freezes \\[again\\]](https://news.example/harbour)',
        '',
        '2025-06-30',
        '',
        '> The harbour froze overnight.',
        '>',
        '> Boats stayed in port.',
        '',
        'Note: # not a heading',
        'see \\[brackets\\] and \\*stars\\*',
        '',
        '_green · highlighted 2025-07-01_',
        '',
        '> \\- 40 degrees',
        '',
        '_yellow · highlighted 2025-07-01_',
        '',
        '## [Markets rally](https://news.example/markets%20%28live%29)',
        '',
        '2025-07-01',
        '',
        '> Shares rose \\<b>sharply\\</b>.',
        '',
        '_pink · highlighted 2025-07-02_',
        '',
      ].join('\n'),
    )
  })

  it('names an article that is no longer available by its id', () => {
    const markdown = highlightsToMarkdown([{ articleId: 'fedcba9876543210', article: undefined, highlights: [highlight('Gone.')] }], {
      exportedAt: '2025-07-03',
    })
    expect(markdown).toBe(
      [
        '# Broadsheet highlights',
        '',
        'Exported 2025-07-03',
        '',
        '## Article fedcba9876543210 (no longer available)',
        '',
        '> Gone.',
        '',
        '_yellow · highlighted 2025-07-01_',
        '',
      ].join('\n'),
    )
  })

  it('keeps line-start markers in later lines of a note from becoming Markdown', () => {
    const markdown = highlightsToMarkdown(
      [{ articleId: '0123456789abcdef', article: undefined, highlights: [highlight('Quote.', { note: 'first\n# heading?\n> quote?\n- item?\n* item?\n1. item?\n\n  indented' })] }],
      { exportedAt: '2025-07-03' },
    )
    expect(markdown).toContain(['Note: first', '\\# heading?', '\\> quote?', '\\- item?', '\\* item?', '1\\. item?', '', 'indented'].join('\n'))
  })

  it('leaves out a note that is only whitespace', () => {
    const markdown = highlightsToMarkdown([{ articleId: '0123456789abcdef', article: undefined, highlights: [highlight('Quote.', { note: ' \n ' })] }], {
      exportedAt: '2025-07-03',
    })
    expect(markdown).not.toContain('Note:')
  })
})
