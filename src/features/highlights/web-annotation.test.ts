import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { HIGHLIGHT_COLORS, HIGHLIGHT_SCHEMA_VERSION, parseHighlight, type Highlight } from './highlight'
import { sampleHighlight } from './testing/sample-highlight'
import { fromAnnotationCollection, toAnnotationCollection, type AnnotationCollectionJson, type AnnotationJson } from './web-annotation'

// --- fixtures ----------------------------------------------------------------

const ARTICLE = '0123456789abcdef'
const OTHER_ARTICLE = 'fedcba9876543210'

function highlight(overrides: Partial<Highlight> = {}): Highlight {
  return sampleHighlight({ articleId: ARTICLE, ...overrides })
}

const plain = highlight()
const noted = highlight({
  id: '0b6e2f4d-1a3c-4e5f-8d7b-9c0a1b2c3d4e',
  color: 'green',
  note: 'Compare with 1963.\n\n# not a heading',
  selectors: [{ type: 'TextQuoteSelector', exact: 'ice' }, { type: 'TextPositionSelector', start: 5, end: 8 }],
  updatedAt: '2025-07-02T10:00:00.000Z',
})
const elsewhere = highlight({ id: 'c4a1e9b2-5d6f-4a7b-8c9d-0e1f2a3b4c5d', articleId: OTHER_ARTICLE, color: 'pink' })

const articleUrl = (articleId: string) => (articleId === ARTICLE ? `https://news.example/articles/${articleId}` : undefined)

/** What a file holds: the export after a trip through JSON text. */
function exported(highlights: readonly Highlight[]): AnnotationCollectionJson {
  return JSON.parse(JSON.stringify(toAnnotationCollection(highlights, { articleUrl }))) as AnnotationCollectionJson
}

function annotationOf(file: AnnotationCollectionJson, index: number): AnnotationJson {
  const annotation = file.first.items[index]
  if (!annotation) throw new Error(`the fixture has no annotation ${index}`)
  return annotation
}

function refusal(json: unknown): string {
  const outcome = fromAnnotationCollection(json)
  if (outcome.ok) throw new Error('expected the import to be refused')
  return outcome.error
}

// --- arbitraries -------------------------------------------------------------

const hex16 = fc.stringMatching(/^[0-9a-f]{16}$/)
const timestamp = fc
  .date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true })
  .map((date) => date.toISOString())
/** Notes a reader might write: emoji, other scripts, newlines, Markdown and JSON punctuation. */
const note = fc.oneof(
  fc.constant(''),
  fc.string({ unit: 'binary' }),
  fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\r\n', '#', '>', '-', '*', '[', ']', '"', '\\', 'é', '中', '😃', '👍🏽'), maxLength: 40 }),
)
const quoteSelector = fc.record(
  {
    type: fc.constant('TextQuoteSelector' as const),
    exact: fc.string({ unit: 'binary', minLength: 1 }),
    prefix: fc.string({ unit: 'binary' }),
    suffix: fc.string({ unit: 'binary' }),
  },
  // Plain objects, as stored highlights are (toStrictEqual compares prototypes).
  { requiredKeys: ['type', 'exact'], noNullPrototype: true },
)
const positionSelector = fc
  .tuple(fc.nat(), fc.integer({ min: 1, max: 100_000 }))
  .map(([start, length]) => ({ type: 'TextPositionSelector' as const, start, end: start + length }))
const anyHighlight: fc.Arbitrary<Highlight> = fc.record(
  {
    schemaVersion: fc.constant(HIGHLIGHT_SCHEMA_VERSION),
    id: fc.uuid(),
    articleId: hex16,
    selectors: fc.tuple(quoteSelector, positionSelector),
    textHash: fc.string(),
    color: fc.constantFrom(...HIGHLIGHT_COLORS),
    note,
    createdAt: timestamp,
    updatedAt: timestamp,
  },
  { noNullPrototype: true },
)

/** Every place in a JSON value that holds a value: its container and key (array indices included). */
function slots(value: unknown): [Record<string, unknown>, string][] {
  if (typeof value !== 'object' || value === null) return []
  const container = value as Record<string, unknown>
  return Object.keys(container).flatMap((key): [Record<string, unknown>, string][] => [[container, key], ...slots(container[key])])
}

// --- tests -------------------------------------------------------------------

describe('toAnnotationCollection', () => {
  it('writes a W3C AnnotationCollection with one inline page', () => {
    const file = toAnnotationCollection([plain, noted], { articleUrl, label: 'My highlights' })
    expect(file['@context']).toEqual(['http://www.w3.org/ns/anno.jsonld', { broadsheet: 'urn:broadsheet:' }])
    expect(file).toMatchObject({ type: 'AnnotationCollection', label: 'My highlights', total: 2 })
    expect(file.first).toMatchObject({ type: 'AnnotationPage', startIndex: 0 })
    expect(file.first.items.map((item) => item.id)).toEqual([`urn:uuid:${plain.id}`, `urn:uuid:${noted.id}`])
    expect(file).not.toHaveProperty('id')
  })

  it('writes a highlight as an Annotation with its colour as a body and its selectors as stored', () => {
    expect(toAnnotationCollection([plain], { articleUrl }).first.items).toEqual([
      {
        id: 'urn:uuid:7d3f1c2a-8b4e-4f6a-9c1d-2e5b8a7f0c93',
        type: 'Annotation',
        motivation: 'highlighting',
        created: '2025-07-01T09:30:00.000Z',
        modified: '2025-07-01T09:30:00.000Z',
        body: [{ type: 'TextualBody', purpose: 'highlighting', value: 'yellow' }],
        target: {
          source: 'https://news.example/articles/0123456789abcdef',
          selector: [
            { type: 'TextQuoteSelector', exact: 'the harbour froze', prefix: 'In January ', suffix: ' for a week.' },
            { type: 'TextPositionSelector', start: 120, end: 137 },
          ],
          'broadsheet:articleId': ARTICLE,
          'broadsheet:textHash': 'a1b2c3d4',
        },
      },
    ])
  })

  it('makes a highlight with a note a commenting annotation with both bodies', () => {
    const [annotation] = toAnnotationCollection([noted], { articleUrl }).first.items
    expect(annotation?.motivation).toBe('commenting')
    expect(annotation?.body).toEqual([
      { type: 'TextualBody', purpose: 'highlighting', value: 'green' },
      { type: 'TextualBody', purpose: 'commenting', value: noted.note, format: 'text/plain' },
    ])
  })

  it('names an article without a URL by URN', () => {
    const [annotation] = toAnnotationCollection([elsewhere], { articleUrl }).first.items
    expect(annotation?.target.source).toBe(`urn:broadsheet:article:${OTHER_ARTICLE}`)
  })

  it('gives the collection and its page IRIs when the caller mints one', () => {
    const file = toAnnotationCollection([], { articleUrl, id: 'urn:uuid:5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f' })
    expect(file.id).toBe('urn:uuid:5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f')
    expect(file.first.id).toBe('urn:uuid:5f0c1d2e-3a4b-4c5d-8e6f-7a8b9c0d1e2f#page-1')
  })
})

describe('fromAnnotationCollection: round trip', () => {
  it('gives back exactly what was exported', () => {
    const highlights = [plain, noted, elsewhere]
    expect(fromAnnotationCollection(exported(highlights))).toStrictEqual({ ok: true, highlights })
  })

  it('reads the file as text too', () => {
    const text = JSON.stringify(toAnnotationCollection([noted], { articleUrl }))
    expect(fromAnnotationCollection(text)).toStrictEqual({ ok: true, highlights: [noted] })
  })

  it('loses nothing, for any valid highlights', () => {
    fc.assert(
      fc.property(fc.uniqueArray(anyHighlight, { selector: (h) => h.id, maxLength: 6 }), fc.boolean(), (highlights, withUrls) => {
        for (const h of highlights) expect(parseHighlight(h)).toEqual({ ok: true, highlight: h })
        const file = toAnnotationCollection(highlights, { articleUrl: (id) => (withUrls ? `https://news.example/${id}` : undefined) })
        const roundTripped = fromAnnotationCollection(JSON.parse(JSON.stringify(file)))
        expect(roundTripped).toStrictEqual({ ok: true, highlights })
      }),
    )
  })

  it('accepts items directly on the collection, an array type, and an empty collection', () => {
    const file = exported([plain])
    const flat = { '@context': file['@context'], type: ['AnnotationCollection'], items: file.first.items }
    expect(fromAnnotationCollection(flat)).toStrictEqual({ ok: true, highlights: [plain] })
    expect(fromAnnotationCollection(exported([]))).toStrictEqual({ ok: true, highlights: [] })
    expect(fromAnnotationCollection({ type: 'AnnotationCollection', total: 0 })).toStrictEqual({ ok: true, highlights: [] })
  })

  it('takes the article id from a urn:broadsheet:article: source', () => {
    const file = exported([elsewhere])
    Reflect.deleteProperty(annotationOf(file, 0).target, 'broadsheet:articleId')
    expect(fromAnnotationCollection(file)).toStrictEqual({ ok: true, highlights: [elsewhere] })
  })

  it('keeps the most recently modified of duplicate ids', () => {
    const older = highlight({ note: 'first draft' })
    const newer = highlight({ note: 'second draft', updatedAt: '2025-07-03T00:00:00.000Z' })
    expect(fromAnnotationCollection(exported([older, elsewhere, newer]))).toStrictEqual({ ok: true, highlights: [newer, elsewhere] })
    expect(fromAnnotationCollection(exported([newer, older]))).toStrictEqual({ ok: true, highlights: [newer] })
  })
})

describe('fromAnnotationCollection: refusals', () => {
  it('refuses what is not JSON', () => {
    expect(refusal('{"type": "AnnotationCollection",')).toBe('This file is not JSON.')
  })

  it('refuses JSON that is not a collection', () => {
    expect(refusal([])).toBe('This is not a Web Annotation collection (it is a JSON list, not an object with "type": "AnnotationCollection").')
    expect(refusal({})).toBe('This is not a Web Annotation collection (no "type": "AnnotationCollection").')
    expect(refusal('"just text"')).toMatch(/^This is not a Web Annotation collection/)
    expect(refusal(null)).toMatch(/^This is not a Web Annotation collection/)
    expect(refusal(42)).toMatch(/^This is not a Web Annotation collection/)
    expect(refusal(annotationOf(exported([plain]), 0))).toBe(
      'This is not a Web Annotation collection (its "type" is "Annotation", not "AnnotationCollection").',
    )
  })

  it('refuses a Hypothesis export', () => {
    const hypothesis = {
      export_date: '2025-07-01T10:00:00.000Z',
      export_userid: 'acct:reader@hypothes.is',
      annotations: [{ id: 'abc', uri: 'https://news.example/a', text: 'note', target: [{ source: 'https://news.example/a', selector: [] }] }],
    }
    expect(refusal(hypothesis)).toBe('This is not a Web Annotation collection (no "type": "AnnotationCollection").')
  })

  it("refuses another tool's collection: it has no broadsheet:articleId", () => {
    const foreign = {
      '@context': 'http://www.w3.org/ns/anno.jsonld',
      id: 'https://annotations.example/collection/1',
      type: 'AnnotationCollection',
      total: 1,
      first: {
        type: 'AnnotationPage',
        items: [
          {
            id: 'https://annotations.example/anno/1',
            type: 'Annotation',
            body: { type: 'TextualBody', value: 'nice' },
            target: { source: 'https://news.example/a', selector: { type: 'TextQuoteSelector', exact: 'froze' } },
          },
        ],
      },
    }
    expect(refusal(foreign)).toMatch(/^This is not a Broadsheet export: its annotations have no "broadsheet:articleId"/)
  })

  it('refuses the whole file when one annotation has no article id, and says which', () => {
    const file = exported([plain, noted])
    Reflect.deleteProperty(annotationOf(file, 1).target, 'broadsheet:articleId')
    expect(refusal(file)).toBe(
      `Annotation 2 (urn:uuid:${noted.id}): it has no "broadsheet:articleId", so it is not a Broadsheet highlight. ` +
        '1 of 2 annotations has a problem; nothing was imported.',
    )
  })

  it('refuses an unknown colour, naming it and the annotation', () => {
    const file = exported([plain, noted, elsewhere])
    Object.assign(annotationOf(file, 2).body[0] ?? {}, { value: 'red' })
    expect(refusal(file)).toBe(
      `Annotation 3 (urn:uuid:${elsewhere.id}): the colour "red" is not one of yellow, green, blue, pink. ` +
        '1 of 3 annotations has a problem; nothing was imported.',
    )
  })

  it('refuses an annotation without a quote selector', () => {
    const file = exported([plain, noted])
    const target = annotationOf(file, 1).target
    Object.assign(target, { selector: target.selector.filter((selector) => selector.type !== 'TextQuoteSelector') })
    expect(refusal(file)).toMatch(/^Annotation 2 \(urn:uuid:[-0-9a-f]+\): it has no TextQuoteSelector\. /)
  })

  it('refuses a position that does not end after it starts', () => {
    const file = exported([plain])
    Object.assign(annotationOf(file, 0).target.selector[1], { start: 137, end: 137 })
    expect(refusal(file)).toMatch(/^Annotation 1 \(.+\): TextPositionSelector: a position selector must end after it starts\. /)
  })

  it('refuses values the schema rejects, in the W3C names of the file', () => {
    const file = exported([plain])
    Object.assign(annotationOf(file, 0), { created: 'last Tuesday' })
    Object.assign(annotationOf(file, 0).target, { 'broadsheet:articleId': 'not-hex' })
    const error = refusal(file)
    expect(error).toMatch(/^Annotation 1 \(.+\): /)
    expect(error).toContain('broadsheet:articleId: ')
    expect(error).toContain('created: ')
  })

  it('refuses an annotation without an id, with its number alone', () => {
    const file = exported([plain])
    Reflect.deleteProperty(annotationOf(file, 0), 'id')
    expect(refusal(file)).toMatch(/^Annotation 1: its "id" is not a urn:uuid: identifier\. /)
  })

  it('counts every annotation with a problem but reports the first', () => {
    const file = exported([plain, noted, elsewhere])
    Reflect.deleteProperty(annotationOf(file, 1), 'modified')
    Object.assign(annotationOf(file, 2), { body: [] })
    expect(refusal(file)).toBe(
      `Annotation 2 (urn:uuid:${noted.id}): it has no "modified" date. 2 of 3 annotations have problems; nothing was imported.`,
    )
  })

  it('refuses a file that does not hold all of its collection', () => {
    const file = exported([plain, noted])
    expect(refusal({ ...file, total: 3 })).toBe('This collection says it holds 3 annotations, but the file contains 2: it may be incomplete.')
    expect(refusal({ ...file, first: 'https://annotations.example/page/1' })).toMatch(/annotations are on a separate page/)
    expect(refusal({ ...file, first: { ...file.first, next: 'https://annotations.example/page/2' } })).toMatch(/continues on further pages/)
    expect(refusal({ type: 'AnnotationCollection' })).toBe('This collection has no list of annotations (no "first" page with "items").')
  })

  it('refuses a damaged export, or returns only valid highlights', () => {
    fc.assert(
      fc.property(fc.array(anyHighlight, { minLength: 1, maxLength: 3 }), fc.nat(), fc.jsonValue(), (highlights, pick, junk) => {
        const file: unknown = exported(highlights)
        const places = slots(file)
        const place = places[pick % places.length]
        if (place) place[0][place[1]] = junk
        const outcome = fromAnnotationCollection(file)
        if (outcome.ok) for (const h of outcome.highlights) expect(parseHighlight(h).ok).toBe(true)
        else expect(outcome.error).toMatch(/\.$/)
      }),
    )
  })

  it('never throws, whatever it is given', () => {
    fc.assert(
      fc.property(fc.oneof(fc.anything(), fc.json(), fc.jsonValue()), (value) => {
        const outcome = fromAnnotationCollection(value)
        expect(typeof outcome.ok).toBe('boolean')
      }),
    )
  })
})

describe('fromAnnotationCollection: offsets', () => {
  it('refuses a position past the safe integers, such as 1e308', () => {
    for (const end of [1e308, 2 ** 53]) {
      const file = exported([plain])
      Object.assign(annotationOf(file, 0).target.selector[1], { end })
      expect(refusal(file)).toMatch(/^Annotation 1 \(.+\): TextPositionSelector\.end: .+\. 1 of 1 annotation has a problem; nothing was imported\.$/)
    }
  })
})
