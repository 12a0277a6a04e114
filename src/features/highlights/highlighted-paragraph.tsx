import type { KeyboardEvent, MouseEvent } from 'react'
import type { Highlight, HighlightColor } from './highlight'
import { segmentRange, type MarkedRange } from './place-highlights'

export const MARK_COLORS: Record<HighlightColor, string> = {
  yellow: 'bg-hl-yellow',
  green: 'bg-hl-green',
  blue: 'bg-hl-blue',
  pink: 'bg-hl-pink',
}

/** The id under which a passage someone shared is drawn among the highlights. */
export const SHARED_PASSAGE_ID = 'shared-passage'

type Props = {
  text: string
  start: number
  ranges: readonly MarkedRange[]
  highlights: ReadonlyMap<string, Highlight>
  /** Where each highlight starts: its first mark takes keyboard focus and carries its id. */
  firstSegmentStart: ReadonlyMap<string, number>
  /** The number each highlight with a note has among the printed notes. */
  noteNumbers?: ReadonlyMap<string, number>
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
export function HighlightedParagraph({ text, start, ranges, highlights, firstSegmentStart, noteNumbers, emphasisedId, onOpen, ...paragraph }: Props) {
  return (
    <p
      data-offset={start}
      tabIndex={paragraph.tabIndex}
      aria-describedby={paragraph.describedBy}
      onKeyDown={paragraph.onParagraphKeyDown}
      onFocus={paragraph.onParagraphFocus}
      className="rounded-sm focus-visible:outline-offset-4"
    >
      {segmentRange(start, start + text.length, ranges).map((segment) => {
        const content = text.slice(segment.start - start, segment.end - start)
        const highlightIds = segment.highlightIds.filter((id) => id !== SHARED_PASSAGE_ID)
        const shared = highlightIds.length < segment.highlightIds.length
        const owner = highlightIds[0] === undefined ? undefined : highlights.get(highlightIds[0])
        if (!owner && !shared) return content
        if (!owner) {
          return (
            <mark key={segment.start} data-shared="" className="shared-passage text-inherit">
              {content}
            </mark>
          )
        }
        return (
          <HighlightMark
            key={segment.start}
            owner={owner}
            highlightIds={highlightIds}
            shared={shared}
            isFirst={firstSegmentStart.get(owner.id) === segment.start}
            isLast={ranges.find((range) => range.id === owner.id)?.end === segment.end}
            noteNumber={noteNumbers?.get(owner.id)}
            emphasised={owner.id === emphasisedId}
            onOpen={onOpen}
          >
            {content}
          </HighlightMark>
        )
      })}
    </p>
  )
}

type MarkProps = {
  owner: Highlight
  highlightIds: string[]
  shared: boolean
  isFirst: boolean
  isLast: boolean
  noteNumber: number | undefined
  emphasised: boolean
  onOpen: Props['onOpen']
  children: string
}

function HighlightMark({ owner, highlightIds, shared, isFirst, isLast, noteNumber, emphasised, onOpen, children }: MarkProps) {
  const open = (event: MouseEvent<HTMLElement> | KeyboardEvent<HTMLElement>) => {
    onOpen(highlightIds, event.currentTarget)
  }
  return (
    <mark
      id={isFirst ? `highlight-${owner.id}` : undefined}
      data-highlight-ids={highlightIds.join(' ')}
      data-shared={shared ? '' : undefined}
      data-note-number={isLast ? noteNumber : undefined}
      tabIndex={isFirst ? 0 : undefined}
      className={[
        MARK_COLORS[owner.color],
        'cursor-pointer rounded-[2px] text-inherit',
        highlightIds.length > 1 ? 'highlight-overlap' : '',
        shared ? 'shared-passage' : '',
        owner.note && isLast ? 'highlight-has-note' : '',
        emphasised ? 'highlight-emphasis' : '',
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
      {children}
    </mark>
  )
}
