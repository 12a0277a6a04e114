import { useStoredQuery } from '../../lib/use-stored-query'
import { useCallback, useEffect, useId, useMemo, useRef, useState } from 'react'
import { showToast } from '../../components/toaster'
import { describe } from '../../lib/anchoring/anchor'
import { articleText, paragraphStarts } from '../../lib/articles/article-text'
import { copyText } from '../../lib/clipboard'
import { newId } from '../../lib/new-id'
import { passageLink } from '../../lib/text-fragments/passage-link'
import { DEFAULT_COLOR, HIGHLIGHT_SCHEMA_VERSION, type Highlight, type HighlightColor } from './highlight'
import { HighlightPopover } from './highlight-popover'
import { highlightsQuery } from './highlight-queries'
import { HighlightedParagraph, SHARED_PASSAGE_ID } from './highlighted-paragraph'
import { OrphanedHighlightsNotice } from './orphaned-highlights-notice'
import { numberNotes } from './note-numbers'
import { PrintedNotes } from './printed-notes'
import { markedRange, placeHighlights, type MarkedRange } from './place-highlights'
import { SelectionToolbar } from './selection-toolbar'
import { ShareAsImage, type PicturedPassage } from './share-as-image'
import { SharedPassagePanel } from './shared-passage-panel'
import { useArticleSelection } from './use-article-selection'
import { useHighlightActions } from './use-highlight-actions'
import { useParagraphKeys } from './use-paragraph-keys'
import { useScrollToHighlight } from './use-scroll-to-highlight'
import { useSharedPassage } from './use-shared-passage'

type Props = {
  articleId: string
  paragraphs: readonly string[]
  textHash: string
  /** The article's path in the app, for "Copy link". */
  articlePath: string
  /** What a passage's picture card says of the article. */
  about: { headline: string; dateline?: string; date: string }
}

type OpenHighlight = { ids: string[]; anchor: { top: number; left: number }; mark: HTMLElement | null; focusNote: boolean }

const POPOVER_WIDTH = 352

/** The article's paragraphs, with the reader's highlights drawn in and the tools to make more. */
export function HighlightableArticleText({ articleId, paragraphs, textHash, articlePath, about }: Props) {
  const text = useMemo(() => articleText(paragraphs), [paragraphs])
  const starts = useMemo(() => paragraphStarts(paragraphs), [paragraphs])
  const container = useRef<HTMLDivElement>(null)
  const hintId = useId()

  const { data: snapshot } = useStoredQuery(highlightsQuery())
  const mine = useMemo(() => snapshot?.highlights.filter((highlight) => highlight.articleId === articleId) ?? [], [snapshot, articleId])
  const { placed, orphans } = useMemo(() => placeHighlights(mine, text), [mine, text])
  const highlightsById = useMemo(() => new Map(mine.map((highlight) => [highlight.id, highlight])), [mine])
  const firstSegmentStart = useMemo(() => new Map(placed.map((item) => [item.highlight.id, item.start])), [placed])
  const placedIds = useMemo(() => new Set(firstSegmentStart.keys()), [firstSegmentStart])
  const noteNumbers = useMemo(() => numberNotes(placed), [placed])
  const emphasisedId = useScrollToHighlight(placedIds)

  const actions = useHighlightActions()
  const { selection, current, select, clear } = useArticleSelection(container, text)
  const { paragraphProps } = useParagraphKeys({ text, paragraphStarts: starts, selection, select, clear })
  const [open, setOpen] = useState<OpenHighlight | null>(null)
  const [pictured, setPictured] = useState<PicturedPassage | null>(null)

  const shared = useSharedPassage(articleId, paragraphs)
  const [sharedDismissed, setSharedDismissed] = useState(false)
  const sharedRange = shared && shared.status !== 'missing' && !sharedDismissed ? shared : null
  const sharedSaved = sharedRange !== null && placed.some(({ start, end }) => start === sharedRange.start && end === sharedRange.end)
  const ranges = useMemo(() => {
    const all: MarkedRange[] = placed.map(markedRange)
    if (sharedRange) all.push({ id: SHARED_PASSAGE_ID, start: sharedRange.start, end: sharedRange.end, createdAt: '' })
    return all
  }, [placed, sharedRange])
  useScrollToSharedPassage(sharedRange !== null)

  const createHighlight = useCallback(
    (color: HighlightColor = DEFAULT_COLOR, range?: { start: number; end: number }): Highlight | undefined => {
      const chosen = range ?? current()
      if (!chosen) return undefined
      const now = new Date().toISOString()
      const highlight: Highlight = {
        schemaVersion: HIGHLIGHT_SCHEMA_VERSION,
        id: newId(),
        articleId,
        selectors: describe(text, chosen.start, chosen.end),
        textHash,
        color,
        note: '',
        createdAt: now,
        updatedAt: now,
      }
      actions.save(highlight)
      clear()
      return highlight
    },
    [current, articleId, text, textHash, actions, clear],
  )

  useHighlightKey(createHighlight)

  const openHighlight = (ids: string[], mark: HTMLElement | null, focusNote = false) => {
    const box = mark?.getBoundingClientRect()
    const left = box ? Math.min(box.left + window.scrollX, window.scrollX + window.innerWidth - POPOVER_WIDTH - 16) : 16
    setOpen({ ids, mark, focusNote, anchor: { top: (box?.bottom ?? 0) + window.scrollY + 8, left: Math.max(16, left) } })
  }

  const closeHighlight = () => {
    const mark = open?.mark?.isConnected ? open.mark : document.getElementById(`highlight-${open?.ids[0] ?? ''}`)
    setOpen(null)
    mark?.focus()
  }

  /** A link to the passage: the article's URL with a text fragment that finds exactly it. */
  const linkTo = (range: { start: number; end: number } | undefined) => {
    const articleUrl = new URL(articlePath, window.location.origin).href
    return range ? passageLink(articleUrl, paragraphs, range.start, range.end) : articleUrl
  }
  const copyLink = async (range: { start: number; end: number } | undefined) => {
    const link = linkTo(range)
    const copied = await copyText(link)
    showToast(copied ? { tone: 'info', message: 'Link to the passage copied.' } : { tone: 'error', message: `Could not copy the link: ${link}` })
  }

  const openHighlights = open?.ids.flatMap((id) => highlightsById.get(id) ?? []) ?? []

  return (
    <>
      {shared && !sharedDismissed && (
        <SharedPassagePanel
          passage={shared}
          saved={sharedSaved}
          onSave={() => {
            if (sharedRange) createHighlight(DEFAULT_COLOR, sharedRange)
          }}
          onShow={() => {
            scrollToSharedPassage('smooth')
          }}
          onDismiss={() => {
            setSharedDismissed(true)
          }}
        />
      )}
      <p id={hintId} hidden>
        Press S to select a sentence, the arrow keys to select words, H to highlight. Press ? for all shortcuts.
      </p>
      <div ref={container} className="article-text mt-8">
        {paragraphs.map((paragraph, index) => (
          <HighlightedParagraph
            key={index}
            text={paragraph}
            start={starts[index] ?? 0}
            ranges={ranges}
            highlights={highlightsById}
            firstSegmentStart={firstSegmentStart}
            noteNumbers={noteNumbers}
            emphasisedId={emphasisedId}
            describedBy={hintId}
            onOpen={(ids, mark) => {
              openHighlight(ids, mark)
            }}
            {...paragraphProps(index)}
          />
        ))}
      </div>
      {selection && !open && (
        <SelectionToolbar
          selection={selection}
          onHighlight={(color) => createHighlight(color)}
          onAddNote={() => {
            const highlight = createHighlight()
            if (!highlight) return
            // The mark appears on the next render; open the new highlight at the selection.
            setOpen({ ids: [highlight.id], mark: null, focusNote: true, anchor: { top: selection.rect.bottom + 8, left: Math.max(16, selection.rect.left) } })
          }}
          onCopyLink={() => void copyLink(selection)}
          onShareImage={() => {
            setPictured({ quote: text.slice(selection.start, selection.end), about, link: linkTo(selection) })
          }}
          onDismiss={clear}
        />
      )}
      {open && openHighlights.length > 0 && (
        <HighlightPopover
          key={open.ids.join(' ')}
          highlights={openHighlights}
          anchor={open.anchor}
          focusNote={open.focusNote}
          unsaved={open.ids.some((id) => snapshot?.unsavedIds.includes(id))}
          onChange={actions.save}
          onDelete={(highlight) => {
            setOpen(null)
            actions.remove(highlight)
          }}
          onCopyLink={(highlight) => void copyLink(placed.find((item) => item.highlight.id === highlight.id))}
          onShareImage={(highlight) => {
            setPictured({ quote: highlight.selectors[0].exact, about, link: linkTo(placed.find((item) => item.highlight.id === highlight.id)) })
          }}
          onClose={closeHighlight}
        />
      )}
      {pictured && (
        <ShareAsImage
          passage={pictured}
          onClose={() => {
            setPictured(null)
          }}
        />
      )}
      <PrintedNotes placed={placed} noteNumbers={noteNumbers} articlePath={articlePath} />
      <OrphanedHighlightsNotice orphans={orphans} />
    </>
  )
}

/** `h` highlights the current selection, unless the reader is typing. */
function useHighlightKey(createHighlight: () => unknown) {
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key !== 'h' || event.ctrlKey || event.metaKey || event.altKey) return
      const target = event.target as HTMLElement | null
      if (target?.closest('input, textarea, select, [contenteditable="true"]')) return
      if (createHighlight()) event.preventDefault()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [createHighlight])
}

/** Brings the shared passage into view once, when it is first drawn. */
function useScrollToSharedPassage(drawn: boolean) {
  const done = useRef(false)
  useEffect(() => {
    if (!drawn || done.current) return
    done.current = true
    scrollToSharedPassage('auto')
  }, [drawn])
}

function scrollToSharedPassage(behavior: ScrollBehavior) {
  document.querySelector('[data-shared]')?.scrollIntoView({ block: 'center', behavior })
}
