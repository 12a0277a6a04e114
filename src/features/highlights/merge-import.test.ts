import { describe, expect, it } from 'vitest'
import type { Highlight } from './highlight'
import { countDecisions, decideImport, describeImport } from './merge-import'
import { sampleHighlight } from './testing/sample-highlight'

// Older than anything a test edits.
function highlight(overrides: Partial<Highlight> = {}): Highlight {
  return sampleHighlight({ createdAt: '2020-07-01T09:30:00.000Z', updatedAt: '2020-07-01T09:30:00.000Z', ...overrides })
}

describe('decideImport', () => {
  const old = highlight({ note: 'first thoughts' })
  const edited = highlight({ note: 'second thoughts', updatedAt: '2026-03-02T10:00:00.000Z' })

  it('adds a highlight this browser does not have', () => {
    expect(decideImport(old, undefined)).toBe('add')
  })

  it('never replaces a newer highlight with an older export of it', () => {
    expect(decideImport(old, edited)).toBe('keep-newer')
  })

  it('replaces an older highlight with a newer one', () => {
    expect(decideImport(edited, old)).toBe('update')
  })

  it('knows an identical highlight, whatever the order of its fields or an absent prefix', () => {
    const { prefix: _, ...quote } = old.selectors[0]
    const withoutPrefix = highlight({ note: 'first thoughts', selectors: [quote, old.selectors[1]] })
    const reordered = Object.fromEntries(Object.entries(withoutPrefix).reverse()) as Highlight
    expect(decideImport(reordered, { ...withoutPrefix, selectors: [{ ...quote, prefix: undefined }, old.selectors[1]] })).toBe('unchanged')
  })

  it('keeps ours when both are equally new but differ', () => {
    expect(decideImport(highlight({ color: 'pink' }), highlight({ color: 'blue' }))).toBe('keep-newer')
  })

  it('compares instants, not the text of the timestamps', () => {
    const later = highlight({ note: 'later', updatedAt: '2020-07-01T10:30:00.000+00:30' }) // 10:00Z
    expect(decideImport(later, highlight({ updatedAt: '2020-07-01T09:59:00.000Z' }))).toBe('update')
    expect(decideImport(later, highlight({ updatedAt: '2020-07-01T10:01:00.000Z' }))).toBe('keep-newer')
  })

  it('never overwrites a stored record it cannot read', () => {
    expect(decideImport(edited, 'unreadable')).toBe('keep-unreadable')
  })
})

describe('describeImport', () => {
  it('says what was added, updated, already here and kept because it is newer', () => {
    const counts = countDecisions(['add', 'update', 'update', 'keep-newer', 'keep-newer', 'unchanged'])
    expect(describeImport('backup.json', counts)).toBe('Imported backup.json: 1 new, 2 updated, 1 already here, 2 kept: yours are newer.')
  })

  it('writes large counts with thousands separators', () => {
    expect(describeImport('big.json', { ...countDecisions([]), add: 20_000 })).toBe('Imported big.json: 20,000 new, 0 updated, 0 already here.')
  })

  it('mentions kept and unreadable highlights only when there are some', () => {
    expect(describeImport('a.json', countDecisions(['unchanged', 'unchanged']))).toBe('Imported a.json: 0 new, 0 updated, 2 already here.')
    expect(describeImport('a.json', countDecisions(['keep-newer', 'keep-unreadable']))).toBe(
      'Imported a.json: 0 new, 0 updated, 0 already here, 1 kept: yours is newer, 1 not replaced: the copy in this browser could not be read.',
    )
  })
})
