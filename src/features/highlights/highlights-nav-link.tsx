import { useStoredQuery } from '../../lib/use-stored-query'
import { NavLink } from 'react-router'
import { paths } from '../../config/paths'
import { highlightsQuery } from './highlight-queries'

/** "Highlights" in the main navigation, with how many there are once storage has answered. */
export function HighlightsNavLink({ className }: { className: (state: { isActive: boolean }) => string }) {
  const { data } = useStoredQuery(highlightsQuery())
  const count = data?.highlights.length
  return (
    <NavLink to={paths.highlights()} className={className}>
      Highlights
      {count !== undefined && count > 0 && (
        <span className="ml-1.5 rounded-full bg-ink px-1.5 py-0.5 text-xs text-canvas tabular-nums">
          <span className="sr-only">(</span>
          {count}
          <span className="sr-only">)</span>
        </span>
      )}
    </NavLink>
  )
}
