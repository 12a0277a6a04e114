import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { describe as describeRange } from '../../lib/anchoring/anchor'
import type { Highlight } from './highlight'
import { markedRange, placeHighlights, segmentRange, type PlacedHighlight } from './place-highlights'

const TEXT = 'Watching the scene at the gala event held Sunday, Kim shed tears.\n\nThe event commemorated the first anniversary.'

function highlight(id: string, start: number, end: number, text = TEXT): Highlight {
  return {
    schemaVersion: 1,
    id,
    articleId: '1195f8b02fb32f15',
    selectors: describeRange(text, start, end),
    textHash: 'h',
    color: 'yellow',
    note: '',
    createdAt: `2025-07-01T10:00:0${id.length % 10}.000Z`,
    updatedAt: '2025-07-01T10:00:00.000Z',
  }
}

const placed = (id: string, start: number, end: number) =>
  markedRange({ highlight: highlight(id, start, end), start, end, status: 'exact' } satisfies PlacedHighlight)

describe('placeHighlights', () => {
  it('places unchanged highlights exactly and keeps the ones it cannot find as orphans', () => {
    const kept = highlight('kept', TEXT.indexOf('Kim shed'), TEXT.indexOf('Kim shed') + 'Kim shed tears'.length)
    const gone = highlight('gone', 0, 5, 'Xyzzy plugh, a passage that is not in the article at all.')
    const { placed: found, orphans } = placeHighlights([kept, gone], TEXT)
    expect(found).toEqual([{ highlight: kept, start: TEXT.indexOf('Kim shed'), end: TEXT.indexOf('Kim shed') + 14, status: 'exact' }])
    expect(orphans).toEqual([gone])
  })

  it('finds a highlight again after the text before it changed', () => {
    const start = TEXT.indexOf('Kim shed')
    const original = highlight('moved', start, start + 'Kim shed tears'.length)
    const edited = TEXT.replace('Watching the scene', 'Watching the whole scene')
    const { placed: found } = placeHighlights([original], edited)
    expect(found[0]).toMatchObject({ status: 'moved', start: edited.indexOf('Kim shed') })
  })
})

describe('segmentRange', () => {
  it('leaves unhighlighted text as one segment', () => {
    expect(segmentRange(0, 10, [])).toEqual([{ start: 0, end: 10, highlightIds: [] }])
  })

  it('splits overlapping highlights so each keeps its own part; of two the same length, the newer is on top', () => {
    const segments = segmentRange(0, 30, [placed('a', 5, 15), placed('bb', 10, 20)])
    expect(segments).toEqual([
      { start: 0, end: 5, highlightIds: [] },
      { start: 5, end: 10, highlightIds: ['a'] },
      { start: 10, end: 15, highlightIds: ['bb', 'a'] },
      { start: 15, end: 20, highlightIds: ['bb'] },
      { start: 20, end: 30, highlightIds: [] },
    ])
  })

  it('puts a nested highlight first inside its container', () => {
    expect(segmentRange(0, 20, [placed('outer', 0, 20), placed('inner', 5, 8)])).toEqual([
      { start: 0, end: 5, highlightIds: ['outer'] },
      { start: 5, end: 8, highlightIds: ['inner', 'outer'] },
      { start: 8, end: 20, highlightIds: ['outer'] },
    ])
  })

  it('cuts a highlight that crosses paragraphs at the paragraph edges', () => {
    expect(segmentRange(10, 20, [placed('a', 5, 30)])).toEqual([{ start: 10, end: 20, highlightIds: ['a'] }])
  })

  it('covers the range exactly, and every highlight appears wherever it lies', () => {
    const range = fc.tuple(fc.nat(50), fc.nat(50)).filter(([a, b]) => a !== b).map(([a, b]) => [Math.min(a, b), Math.max(a, b)] as const)
    fc.assert(
      fc.property(fc.array(range, { maxLength: 6 }), (ranges) => {
        const items = ranges.map(([start, end], index) => placed(`h${index}`, start, end))
        const segments = segmentRange(0, 50, items)
        expect(segments[0]?.start).toBe(0)
        expect(segments.at(-1)?.end).toBe(50)
        for (const [index, segment] of segments.entries()) {
          expect(segment.end).toBeGreaterThan(segment.start)
          if (index > 0) expect(segment.start).toBe(segments[index - 1]?.end)
          for (let offset = segment.start; offset < segment.end; offset++) {
            const covering = items.filter((item) => item.start <= offset && offset < item.end).map((item) => item.id)
            expect([...segment.highlightIds].sort()).toEqual(covering.sort())
          }
        }
      }),
    )
  })
})
