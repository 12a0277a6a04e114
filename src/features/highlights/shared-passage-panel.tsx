import type { SharedPassage } from '../../lib/text-fragments/shared-passage'
import { quoteOf } from '../../lib/text-fragments/shared-passage'

type Props = {
  passage: SharedPassage
  saved: boolean
  onSave: () => void
  onShow: () => void
  onDismiss: () => void
}

/** Tells the reader that the link they followed points at a passage, and offers to keep it. */
export function SharedPassagePanel({ passage, saved, onSave, onShow, onDismiss }: Props) {
  return (
    <aside aria-label="Shared passage" className="mt-6 rounded-lg border border-rule bg-panel p-4 font-sans text-sm print:hidden">
      {passage.status === 'missing' && passage.reason === 'too-long' ? (
        <p className="font-semibold">The shared passage link is too long to find (over {passage.maxLength.toLocaleString('en')} characters).</p>
      ) : passage.status === 'missing' ? (
        <>
          <p className="font-semibold">The shared passage is no longer in this article</p>
          <blockquote className="mt-2 border-l-2 border-rule pl-3 font-serif text-base">“{quoteOf(passage.directive)}”</blockquote>
          <p className="mt-2 text-muted">The article’s text has changed since the link was made.</p>
        </>
      ) : (
        <>
          <p className="font-semibold">
            {passage.status === 'found' ? 'A passage was shared with you' : 'A passage was shared with you; the article has changed since, so this is the closest match'}
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            <button type="button" onClick={onShow} className="rounded-md border border-rule px-3 py-1.5 font-semibold hover:border-ink">
              Go to the passage
            </button>
            <button
              type="button"
              onClick={onSave}
              disabled={saved}
              className="rounded-md bg-ink px-3 py-1.5 font-semibold text-canvas hover:bg-accent disabled:opacity-60"
            >
              {saved ? 'Saved to your highlights' : 'Save to my highlights'}
            </button>
          </div>
        </>
      )}
      <button type="button" onClick={onDismiss} className="mt-3 text-muted underline underline-offset-2 hover:text-ink">
        Dismiss
      </button>
    </aside>
  )
}
