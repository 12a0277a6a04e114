import { anchorWithStatus } from '../../lib/anchoring/anchor'
import type { Highlight } from './highlight'

/**
 * Where each highlight falls in the current article text. `exact`: at its stored position;
 * `moved`: the text changed and it was found elsewhere or approximately. A highlight that
 * cannot be found is an orphan: it is kept and listed, never dropped.
 */
export type PlacedHighlight = { highlight: Highlight; start: number; end: number; status: 'exact' | 'moved' }

export type Placement = { placed: PlacedHighlight[]; orphans: Highlight[] }

export function placeHighlights(highlights: readonly Highlight[], text: string): Placement {
  const placed: PlacedHighlight[] = []
  const orphans: Highlight[] = []
  for (const highlight of highlights) {
    const anchor = anchorWithStatus(text, highlight.selectors)
    if (anchor) placed.push({ highlight, ...anchor })
    else orphans.push(highlight)
  }
  return { placed, orphans }
}

/** A run of text covered by the same ranges; `highlightIds` innermost (shortest) first. */
export type Segment = { start: number; end: number; highlightIds: string[] }

/** Anything drawn over the text: a highlight, or a passage someone shared. */
export type MarkedRange = { id: string; start: number; end: number; createdAt: string }

export function markedRange({ highlight, start, end }: PlacedHighlight): MarkedRange {
  return { id: highlight.id, start, end, createdAt: highlight.createdAt }
}

/**
 * Splits [from, to) of the text at every range boundary, so overlapping and nested
 * highlights each keep visible, clickable parts and none is merged into another.
 */
export function segmentRange(from: number, to: number, ranges: readonly MarkedRange[]): Segment[] {
  const inside = ranges.filter(({ start, end }) => start < to && end > from)
  const cuts = new Set([from, to])
  for (const { start, end } of inside) {
    if (start > from) cuts.add(start)
    if (end < to) cuts.add(end)
  }
  const points = [...cuts].sort((a, b) => a - b)
  const byLength = [...inside].sort((a, b) => a.end - a.start - (b.end - b.start) || (a.createdAt < b.createdAt ? 1 : -1))
  return points.slice(0, -1).map((start, index) => {
    const end = points[index + 1] ?? to
    return {
      start,
      end,
      highlightIds: byLength.filter((item) => item.start <= start && item.end >= end).map((item) => item.id),
    }
  })
}
