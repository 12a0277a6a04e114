import { HIGHLIGHT_SCHEMA_VERSION, type Highlight } from '../highlight'

/** A valid highlight for tests, with whatever a test needs changed. */
export function sampleHighlight(overrides: Partial<Highlight> = {}): Highlight {
  return {
    schemaVersion: HIGHLIGHT_SCHEMA_VERSION,
    id: '7d3f1c2a-8b4e-4f6a-9c1d-2e5b8a7f0c93',
    articleId: '0123456789abcdef',
    selectors: [
      { type: 'TextQuoteSelector', exact: 'the harbour froze', prefix: 'In January ', suffix: ' for a week.' },
      { type: 'TextPositionSelector', start: 120, end: 137 },
    ],
    textHash: 'a1b2c3d4',
    color: 'yellow',
    note: '',
    createdAt: '2025-07-01T09:30:00.000Z',
    updatedAt: '2025-07-01T09:30:00.000Z',
    ...overrides,
  }
}
