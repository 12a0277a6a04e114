import type { KeyboardEvent, MouseEvent } from 'react'
import type { HighlightColor } from './highlight'
import { segmentRange, type PlacedHighlight } from './place-highlights'

export const MARK_COLORS: Record<HighlightColor, string> = {
  yellow: 'bg-hl-yellow',
  green: 'bg-hl-green',
  blue: 'bg-hl-blue',
  pink: 'bg-hl-pink',
}

type Props = {
  text: string
  start: number
  placed: readonly PlacedHighlight[]
  /** The highlight whose first mark receives keyboard focus and carries its id, per highlight. */
  firstSegmentStart: ReadonlyMap<string, number>
  emphasisedId?: string
  onOpen: (highlightIds: string[], mark: HTMLElement) => void
  tabIndex: number
  describedBy: string
  onParagraphKeyDown: (event: KeyboardEvent<HTMLParagraphElement>) => void
  onParagraphFocus: () => void
}

/**
 * One paragraph of the article with its highlights drawn in by React: a `<mark>` per run of
 * text covered by the same highlights. Marks hold only text, so the paragraph's text content
 * stays exactly the article's (selection offsets depend on it).
 */
export function HighlightedParagraph({ text, start, placed, firstSegmentStart, emphasisedId, onOpen, ...paragraph }: Props) {
  const byId = new Map(placed.map((item) => [item.highlight.id, item]))
  const segments = segmentRange(start, start + text.length, placed)
  return (
    <p
      data-offset={start}
      tabIndex={paragraph.tabIndex}
      aria-describedby={paragraph.describedBy}
      onKeyDown={paragraph.onParagraphKeyDown}
      onFocus={paragraph.onParagraphFocus}
      className="rounded-sm focus-visible:outline-offset-4"
    >
      {segments.map((segment) => {
        const content = text.slice(segment.start - start, segment.end - start)
        const [ownerId] = segment.highlightIds
        const owner = ownerId === undefined ? undefined : byId.get(ownerId)
        if (!owner) return content
        const isFirst = firstSegmentStart.get(owner.highlight.id) === segment.start
        const open = (event: MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>) => {
          onOpen(segment.highlightIds, event.currentTarget)
        }
        return (
          <mark
            key={segment.start}
            id={isFirst ? `highlight-${owner.highlight.id}` : undefined}
            data-highlight-ids={segment.highlightIds.join(' ')}
            tabIndex={isFirst ? 0 : undefined}
            className={[
              MARK_COLORS[owner.highlight.color],
              'cursor-pointer rounded-[2px] text-inherit',
              segment.highlightIds.length > 1 ? 'highlight-overlap' : '',
              owner.highlight.note && isLastSegment(segment.end, owner) ? 'highlight-has-note' : '',
              owner.highlight.id === emphasisedId ? 'highlight-emphasis' : '',
            ].join(' ')}
            onClick={(event) => {
              // A drag that ends on a mark is a new selection, not a click on the highlight.
              if (!window.getSelection()?.isCollapsed) return
              open(event)
            }}
            onKeyDown={(event) => {
              if (event.key !== 'Enter' && event.key !== ' ') return
              event.preventDefault()
              event.stopPropagation()
              open(event)
            }}
          >
            {content}
          </mark>
        )
      })}
    </p>
  )
}

function isLastSegment(segmentEnd: number, owner: PlacedHighlight): boolean {
  return segmentEnd === owner.end
}
