import { CopyPageLinkButton } from '../../components/copy-page-link-button'
import { formatIsoDay } from '../../lib/format-date'
import { FACETS, type Facet } from '../../lib/facets/facets'
import { NO_FILTERS, type FindParams } from './find-params'

const FACET_LABELS: Record<Facet, string> = { person: 'Person', place: 'Place', organisation: 'Organisation', dateline: 'Dateline' }

/** The filters in force, each with a button that removes it; Clear filters; and Copy link, as a filtered view is a link. */
export function FiltersInUse({ params, onChange }: { params: FindParams; onChange: (params: FindParams) => void }) {
  const chips: { label: string; remove: () => void }[] = []
  for (const facet of FACETS) {
    for (const value of params.facets[facet]) {
      chips.push({
        label: `${FACET_LABELS[facet]}: ${value}`,
        remove: () => {
          onChange({ ...params, facets: { ...params.facets, [facet]: params.facets[facet].filter((other) => other !== value) } })
        },
      })
    }
  }
  if (params.from || params.to) {
    chips.push({
      label: `Dates: ${params.from ? formatIsoDay(params.from) : '…'} – ${params.to ? formatIsoDay(params.to) : '…'}`,
      remove: () => {
        const { from, to, ...rest } = params
        onChange(rest)
      },
    })
  }
  if (params.saved) chips.push({ label: 'Saved', remove: () => onChange({ ...params, saved: false }) })
  if (params.highlighted) chips.push({ label: 'Has highlights', remove: () => onChange({ ...params, highlighted: false }) })
  if (params.following) chips.push({ label: 'Following', remove: () => onChange({ ...params, following: false }) })
  return (
    <div className="mt-4 flex flex-wrap items-start justify-between gap-3">
      {chips.length > 0 && <FilterChips chips={chips} />}
      <div className="ml-auto flex gap-2">
        <button
          type="button"
          onClick={() => onChange({ ...NO_FILTERS, ...(params.sort ? { sort: params.sort } : {}) })}
          className="rounded-md border border-rule px-3 py-1.5 text-sm font-semibold hover:border-ink"
        >
          Clear filters
        </button>
        <CopyPageLinkButton />
      </div>
    </div>
  )
}

function FilterChips({ chips }: { chips: { label: string; remove: () => void }[] }) {
  return (
    <ul aria-label="Filters in use" className="flex flex-wrap gap-2">
      {chips.map((chip) => (
        <li key={chip.label}>
          <button
            type="button"
            onClick={chip.remove}
            aria-label={`Remove filter ${chip.label}`}
            className="inline-flex items-center gap-1.5 rounded-full border border-ink/40 bg-panel px-3 py-1 text-sm hover:border-accent hover:text-accent"
          >
            {chip.label}
            <span aria-hidden="true">✕</span>
          </button>
        </li>
      ))}
    </ul>
  )
}
