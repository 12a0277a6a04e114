import type { PlacedHighlight } from './place-highlights'

/** The highlights that carry a note, numbered from 1 in the order they end in the text (where their marks show the number). */
export function numberNotes(placed: readonly PlacedHighlight[]): Map<string, number> {
  const noted = placed.filter(({ highlight }) => highlight.note.trim() !== '').sort((a, b) => a.end - b.end || a.start - b.start)
  return new Map(noted.map(({ highlight }, index) => [highlight.id, index + 1]))
}
