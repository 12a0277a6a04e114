import { useEffect, useId, useRef, useState } from 'react'
import { formatTimestamp } from '../../lib/format-date'
import { HIGHLIGHT_COLORS, type Highlight, type HighlightColor } from './highlight'
import { MARK_COLORS } from './highlighted-paragraph'
import { capitalise } from './selection-toolbar'
import { MAX_NOTE_LENGTH } from './import-limits'

type Props = {
  /** Every highlight under the mark that was opened, innermost first; the first is shown. */
  highlights: Highlight[]
  anchor: { top: number; left: number }
  unsaved: boolean
  focusNote: boolean
  onChange: (highlight: Highlight) => void
  onDelete: (highlight: Highlight) => void
  onCopyLink: (highlight: Highlight) => void
  onShareImage: (highlight: Highlight) => void
  onClose: () => void
}

/** An opened highlight: its colour, its note, copy link, share as image and delete. */
export function HighlightPopover({ highlights, anchor, unsaved, focusNote, onChange, onDelete, onCopyLink, onShareImage, onClose }: Props) {
  const [shownId, setShownId] = useState(highlights[0]?.id)
  const highlight = highlights.find((candidate) => candidate.id === shownId) ?? highlights[0]
  const dialog = useRef<HTMLDivElement>(null)
  const noteField = useRef<HTMLTextAreaElement>(null)
  const headingId = useId()

  // Escape closes wherever focus is (a disabled button can leave it on the page itself).
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.key === 'Escape') onClose()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [onClose])

  useEffect(() => {
    if (focusNote) noteField.current?.focus()
    else dialog.current?.querySelector<HTMLElement>('input:checked, button')?.focus()
  }, [focusNote, shownId])

  if (!highlight) return null
  return (
    <div
      ref={dialog}
      role="dialog"
      aria-labelledby={headingId}
      style={{ top: anchor.top, left: anchor.left }}
      className="absolute z-40 w-[min(22rem,calc(100vw-2rem))] rounded-lg border border-rule bg-panel p-4 font-sans text-sm shadow-xl print:hidden"
    >
      <div className="flex items-start justify-between gap-2">
        <h2 id={headingId} className="font-semibold">
          Highlight
        </h2>
        <button type="button" onClick={onClose} className="-mt-1 rounded px-2 py-1 text-muted hover:text-ink" aria-label="Close">
          ✕
        </button>
      </div>
      <p className="mt-1 text-xs text-muted">
        {formatTimestamp(highlight.createdAt)}
        {unsaved && <span className="ml-2 font-semibold text-accent">Not saved yet</span>}
      </p>
      {highlights.length > 1 && <OverlapSwitcher highlights={highlights} shownId={highlight.id} onShow={setShownId} />}
      <ColourChoice key={`colour-${highlight.id}`} highlight={highlight} onChange={onChange} />
      <NoteEditor key={`note-${highlight.id}`} highlight={highlight} onChange={onChange} fieldRef={noteField} />
      <div className="mt-4 flex flex-wrap gap-2">
        <button
          type="button"
          onClick={() => {
            onCopyLink(highlight)
          }}
          className="rounded-md border border-rule px-3 py-1.5 font-semibold hover:border-ink"
        >
          Copy link
        </button>
        <button
          type="button"
          onClick={() => {
            onShareImage(highlight)
          }}
          className="rounded-md border border-rule px-3 py-1.5 font-semibold hover:border-ink"
        >
          Share as image
        </button>
        <button
          type="button"
          onClick={() => {
            onDelete(highlight)
          }}
          className="rounded-md border border-rule px-3 py-1.5 font-semibold text-accent hover:border-accent"
        >
          Delete
        </button>
      </div>
    </div>
  )
}

function OverlapSwitcher({ highlights, shownId, onShow }: { highlights: Highlight[]; shownId: string; onShow: (id: string) => void }) {
  return (
    <div className="mt-3">
      <p className="text-xs text-muted">{highlights.length} highlights overlap here:</p>
      <ul className="mt-1 grid gap-1">
        {highlights.map((candidate) => (
          <li key={candidate.id}>
            <button
              type="button"
              aria-pressed={candidate.id === shownId}
              onClick={() => {
                onShow(candidate.id)
              }}
              className="w-full truncate rounded px-2 py-1 text-left hover:bg-canvas aria-pressed:bg-canvas aria-pressed:font-semibold"
            >
              <span className={`mr-2 inline-block size-3 rounded-full align-middle ${MARK_COLORS[candidate.color]}`} aria-hidden="true" />“
              {candidate.selectors[0].exact}”
            </button>
          </li>
        ))}
      </ul>
    </div>
  )
}

function ColourChoice({ highlight, onChange }: { highlight: Highlight; onChange: (highlight: Highlight) => void }) {
  const choose = (color: HighlightColor) => {
    if (color !== highlight.color) onChange({ ...highlight, color, updatedAt: new Date().toISOString() })
  }
  return (
    <fieldset className="mt-3">
      <legend className="text-xs font-semibold tracking-wide text-muted uppercase">Colour</legend>
      <div className="mt-1 flex gap-2">
        {HIGHLIGHT_COLORS.map((color) => (
          <label key={color} className="flex cursor-pointer items-center gap-1.5 rounded px-1.5 py-1 has-checked:bg-canvas has-focus-visible:outline-2 has-focus-visible:outline-accent">
            <input
              type="radio"
              name={`colour-${highlight.id}`}
              value={color}
              checked={highlight.color === color}
              onChange={() => {
                choose(color)
              }}
              className="sr-only"
            />
            <span aria-hidden="true" className={`size-4 rounded-full border border-ink/30 ${MARK_COLORS[color]}`} />
            {capitalise(color)}
          </label>
        ))}
      </div>
    </fieldset>
  )
}

function NoteEditor({
  highlight,
  onChange,
  fieldRef,
}: {
  highlight: Highlight
  onChange: (highlight: Highlight) => void
  fieldRef: React.RefObject<HTMLTextAreaElement | null>
}) {
  const [draft, setDraft] = useState(highlight.note)
  const fieldId = useId()
  const dirty = draft !== highlight.note
  const save = () => {
    if (dirty) onChange({ ...highlight, note: draft, updatedAt: new Date().toISOString() })
  }
  return (
    <div className="mt-3 grid gap-1">
      <label htmlFor={fieldId} className="text-xs font-semibold tracking-wide text-muted uppercase">
        Note
      </label>
      <textarea
        ref={fieldRef}
        id={fieldId}
        value={draft}
        rows={3}
        // As long as an import accepts, so an export always imports again.
        maxLength={MAX_NOTE_LENGTH}
        onChange={(event) => {
          setDraft(event.target.value)
        }}
        // A note is never lost: leaving the field keeps what was typed.
        onBlur={save}
        onKeyDown={(event) => {
          // Escape closes the popover: keep the note first.
          if (event.key === 'Escape' || (event.key === 'Enter' && (event.metaKey || event.ctrlKey))) save()
        }}
        className="rounded-md border border-rule bg-canvas p-2 font-serif text-base"
        placeholder="Why does this matter?"
      />
      <button
        type="button"
        disabled={!dirty}
        onClick={save}
        className="justify-self-end rounded-md bg-ink px-3 py-1.5 font-semibold text-canvas disabled:opacity-40"
      >
        Save note
      </button>
    </div>
  )
}
