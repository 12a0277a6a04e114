import { Link } from 'react-router'
import { ENTITY_GROUP_TITLES } from '../../lib/entities/entity'
import type { FacetCount, FacetCounts } from '../../lib/facets/facets'
import { FACETS, type Facet } from '../../lib/facets/facets'
import type { FindParams } from './find-params'

type Props = {
  params: FindParams
  /** Counts over the current results; undefined while the first count is made. */
  counts: FacetCounts | undefined
  onChange: (params: FindParams) => void
}

const FACET_TITLES: Record<Facet, string> = { ...ENTITY_GROUP_TITLES, dateline: 'Dateline' }

/** Facets with counts (who, where, filed from), a date range, and the reader's own filters. */
export function FiltersPanel({ params, counts, onChange }: Props) {
  const toggle = (facet: Facet, value: string, on: boolean) => {
    const values = params.facets[facet].filter((other) => other !== value)
    onChange({ ...params, facets: { ...params.facets, [facet]: on ? [...values, value] : values } })
  }
  return (
    <div className="mt-4 grid gap-6 rounded-lg border border-rule bg-panel p-4 sm:grid-cols-2 lg:grid-cols-3">
      {FACETS.map((facet) => (
        <fieldset key={facet}>
          <legend className="text-xs font-semibold tracking-wider text-muted uppercase">{FACET_TITLES[facet]}</legend>
          {counts ? (
            <FacetOptions options={counts[facet]} selected={params.facets[facet]} onToggle={(value, on) => toggle(facet, value, on)} />
          ) : (
            <p className="mt-2 text-sm text-muted">Counting…</p>
          )}
        </fieldset>
      ))}
      <fieldset>
        <legend className="text-xs font-semibold tracking-wider text-muted uppercase">Date</legend>
        <div className="mt-2 grid grid-cols-2 gap-2 text-sm">
          <label className="grid gap-1">
            From
            <input
              type="date"
              value={params.from ?? ''}
              max={params.to}
              onChange={(event) => {
                const { from, ...rest } = params
                onChange(event.target.value ? { ...rest, from: event.target.value } : rest)
              }}
              className="rounded-md border border-rule bg-canvas px-2 py-1"
            />
          </label>
          <label className="grid gap-1">
            To
            <input
              type="date"
              value={params.to ?? ''}
              min={params.from}
              onChange={(event) => {
                const { to, ...rest } = params
                onChange(event.target.value ? { ...rest, to: event.target.value } : rest)
              }}
              className="rounded-md border border-rule bg-canvas px-2 py-1"
            />
          </label>
        </div>
      </fieldset>
      <fieldset>
        <legend className="text-xs font-semibold tracking-wider text-muted uppercase">Yours</legend>
        <div className="mt-2 grid gap-1 text-sm">
          <Checkbox label="Saved" checked={params.saved} onChange={(saved) => onChange({ ...params, saved })} />
          <Checkbox label="Has highlights" checked={params.highlighted} onChange={(highlighted) => onChange({ ...params, highlighted })} />
          <Checkbox label="Following" checked={params.following} onChange={(following) => onChange({ ...params, following })} />
        </div>
      </fieldset>
    </div>
  )
}

function FacetOptions({ options, selected, onToggle }: { options: FacetCount[]; selected: readonly string[]; onToggle: (value: string, on: boolean) => void }) {
  if (options.length === 0) return <p className="mt-2 text-sm text-muted">None in these results</p>
  return (
    <ul className="mt-2 grid gap-1 text-sm">
      {options.map((option) => (
        <li key={option.value} className="flex items-baseline justify-between gap-2">
          {/* Checked from the URL, at once; the counts follow when the worker answers. */}
          <Checkbox label={option.value} count={option.count} checked={selected.includes(option.value)} onChange={(on) => onToggle(option.value, on)} />
          {option.page && <PageLink page={option.page} name={option.value} />}
        </li>
      ))}
    </ul>
  )
}

/** The value's own page (its timeline, who appears with it); the checkbox beside it filters the list. */
function PageLink({ page, name }: { page: string; name: string }) {
  return (
    <Link to={`/${page}`} aria-label={`Page for ${name}`} title={`Page for ${name}`} className="inline-block min-h-6 min-w-6 shrink-0 rounded text-center text-muted no-underline hover:text-accent">
      <span aria-hidden="true">→</span>
    </Link>
  )
}

function Checkbox({ label, count, checked, onChange }: { label: string; count?: number; checked: boolean; onChange: (checked: boolean) => void }) {
  return (
    <label className="flex cursor-pointer items-baseline gap-2">
      <input type="checkbox" checked={checked} onChange={(event) => onChange(event.target.checked)} className="accent-[var(--accent)]" />
      <span>{label}</span>
      {count !== undefined && <span className="text-muted tabular-nums">({count})</span>}
    </label>
  )
}
