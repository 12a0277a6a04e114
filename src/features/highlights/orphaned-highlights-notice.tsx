import { Link } from 'react-router'
import { paths } from '../../config/paths'
import type { Highlight } from './highlight'

/** Highlights whose passage is no longer in the article: kept, and said so, never hidden. */
export function OrphanedHighlightsNotice({ orphans }: { orphans: readonly Highlight[] }) {
  if (orphans.length === 0) return null
  const count = orphans.length
  return (
    <aside aria-labelledby="orphaned-highlights" className="mt-10 rounded-lg border border-rule bg-panel p-4 font-sans text-sm">
      <h2 id="orphaned-highlights" className="font-semibold">
        {count === 1 ? '1 of your highlights' : `${count} of your highlights`} could not be placed
      </h2>
      <p className="mt-1 text-muted">The article’s text has changed and these passages are no longer in it. They are kept in your highlights.</p>
      <ul className="mt-3 grid gap-2">
        {orphans.map((highlight) => (
          <li key={highlight.id}>
            <blockquote className="border-l-2 border-rule pl-3 font-serif">“{highlight.selectors[0].exact}”</blockquote>
            {highlight.note && <p className="mt-1 pl-3 text-muted">Note: {highlight.note}</p>}
          </li>
        ))}
      </ul>
      <Link to={paths.highlights()} className="mt-3 inline-block font-semibold text-accent underline">
        See all your highlights
      </Link>
    </aside>
  )
}
