import { useSyncExternalStore } from 'react'
import type { PlacedHighlight } from './place-highlights'

/**
 * On paper only: the notes after the text, numbered as the marks in it are, and the address
 * the article can be read at (its canonical link when the page has one).
 */
export function PrintedNotes({ placed, noteNumbers, articlePath }: { placed: readonly PlacedHighlight[]; noteNumbers: ReadonlyMap<string, number>; articlePath: string }) {
  const notes = placed.flatMap(({ highlight }) => {
    const number = noteNumbers.get(highlight.id)
    return number === undefined ? [] : [{ number, quote: highlight.selectors[0].exact, note: highlight.note }]
  })
  notes.sort((a, b) => a.number - b.number)
  // Known in the browser only (prerendering leaves it out, and hydration matches that).
  const address = useSyncExternalStore(
    noUpdates,
    () => document.querySelector<HTMLLinkElement>('link[rel="canonical"]')?.href ?? new URL(articlePath, window.location.origin).href,
    () => null,
  )
  return (
    <div className="hidden print:block">
      {notes.length > 0 && (
        <section aria-labelledby="printed-notes" className="mt-8 border-t border-rule pt-4 text-sm">
          <h2 id="printed-notes" className="font-semibold">
            Notes
          </h2>
          <ol className="mt-2 grid gap-2">
            {notes.map(({ number, quote, note }) => (
              <li key={number} className="grid grid-cols-[2em_1fr]">
                <span>{number}.</span>
                <span>
                  <q className="italic">{quote}</q> {note}
                </span>
              </li>
            ))}
          </ol>
        </section>
      )}
      {address && <p className="mt-8 text-sm">Read online at {address}</p>}
    </div>
  )
}

const noUpdates = () => () => undefined
