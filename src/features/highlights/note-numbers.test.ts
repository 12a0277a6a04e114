import { expect, it } from 'vitest'
import { numberNotes } from './note-numbers'
import type { PlacedHighlight } from './place-highlights'
import { sampleHighlight } from './testing/sample-highlight'

const placed = (id: string, start: number, end: number, note: string): PlacedHighlight => ({
  highlight: sampleHighlight({ id, note }),
  start,
  end,
  status: 'exact',
})

it('numbers only the highlights with a note, in the order they end in the text', () => {
  const numbers = numberNotes([
    placed('c0000000-0000-4000-8000-000000000000', 300, 320, 'third'),
    placed('a0000000-0000-4000-8000-000000000000', 10, 50, 'first'),
    placed('b0000000-0000-4000-8000-000000000000', 20, 40, ''),
    placed('d0000000-0000-4000-8000-000000000000', 60, 90, '   '),
    placed('e0000000-0000-4000-8000-000000000000', 55, 60, 'second'),
  ])
  expect([...numbers]).toEqual([
    ['a0000000-0000-4000-8000-000000000000', 1],
    ['e0000000-0000-4000-8000-000000000000', 2],
    ['c0000000-0000-4000-8000-000000000000', 3],
  ])
})
