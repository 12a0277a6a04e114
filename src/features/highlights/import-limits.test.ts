import { describe, expect, it } from 'vitest'
import type { Highlight } from './highlight'
import { fileSizeProblem, MAX_IMPORT_FILE_BYTES, MAX_IMPORT_HIGHLIGHTS, MAX_NOTE_LENGTH, MAX_QUOTE_LENGTH } from './import-limits'
import { sampleHighlight } from './testing/sample-highlight'
import { fromAnnotationCollection, toAnnotationCollection, type AnnotationCollectionJson } from './web-annotation'

const base = sampleHighlight()

function exported(highlights: readonly Highlight[]): AnnotationCollectionJson {
  return toAnnotationCollection(highlights, { articleUrl: () => undefined })
}

function refusal(json: unknown): string {
  const outcome = fromAnnotationCollection(json)
  if (outcome.ok) throw new Error('expected the import to be refused')
  return outcome.error
}

describe('import limits', () => {
  it('refuses a file over the size limit before reading it, and says how large it is', () => {
    expect(fileSizeProblem(MAX_IMPORT_FILE_BYTES)).toBeUndefined()
    expect(fileSizeProblem(200 * 1024 * 1024)).toBe('This file is 200 MB; Broadsheet imports files of up to 64 MB.')
  })

  it('refuses more annotations than the limit, saying how many', () => {
    const file = exported([base])
    const item = file.first.items[0]
    const items = Array.from({ length: MAX_IMPORT_HIGHLIGHTS + 1 }, () => item)
    const tooMany = { ...file, total: items.length, first: { ...file.first, items } }
    expect(refusal(tooMany)).toBe('This file holds 50,001 annotations; Broadsheet imports up to 50,000 at a time.')
  })

  it('takes a note and a quote of exactly the limit', () => {
    const longest = { ...base, note: 'n'.repeat(MAX_NOTE_LENGTH), selectors: [{ ...base.selectors[0], exact: 'q'.repeat(MAX_QUOTE_LENGTH) }, base.selectors[1]] } satisfies Highlight
    expect(fromAnnotationCollection(JSON.stringify(exported([longest])))).toEqual({ ok: true, highlights: [longest] })
  })

  it('refuses a note or a quote (or its context) over the limit, naming the annotation', () => {
    expect(refusal(exported([{ ...base, note: 'n'.repeat(MAX_NOTE_LENGTH + 1) }]))).toMatch(
      /^Annotation 1 \(urn:uuid:7d3f1c2a-.*\): its note is 50,001 characters long; an imported note may have up to 50,000\. 1 of 1 annotation has a problem; nothing was imported\.$/,
    )
    const longQuote = { ...base, selectors: [{ ...base.selectors[0], exact: 'q'.repeat(MAX_QUOTE_LENGTH + 1) }, base.selectors[1]] } satisfies Highlight
    expect(refusal(exported([longQuote]))).toContain(`its TextQuoteSelector's "exact" is 200,001 characters long; an imported quote may have up to 200,000.`)
    const longPrefix = { ...base, selectors: [{ ...base.selectors[0], prefix: 'p'.repeat(MAX_QUOTE_LENGTH + 1) }, base.selectors[1]] } satisfies Highlight
    expect(refusal(exported([longPrefix]))).toContain(`"prefix" is 200,001 characters long`)
  })
})
