import { useStoredQuery } from '../../lib/use-stored-query'
import { useMemo } from 'react'
import { Link, useSearchParams } from 'react-router'
import { CopyPageLinkButton } from '../../components/copy-page-link-button'
import { paths } from '../../config/paths'
import type { Article } from '../../lib/articles/article'
import { ENTITY_GROUP_TITLES, ENTITY_KEYS, ENTITY_KINDS, type EntityKind } from '../../lib/entities/entity'
import { formatTimestamp } from '../../lib/format-date'
import { HIGHLIGHT_COLORS, type Highlight } from './highlight'
import { highlightsQuery, newestHighlightsQuery } from './highlight-queries'
import { HighlightList } from './highlight-list'
import { ExportImportPanel } from './export-import-panel'
import { filterHighlights, filtersFromSearchParams, searchParamsFromFilters, type HighlightFilters } from './filter-highlights'
import { InvalidRecordsNotice } from './invalid-records-notice'
import { capitalise } from './selection-toolbar'
import { StorageProblem } from './storage-problem'
import { useHighlightActions } from './use-highlight-actions'
import { useHighlightedArticles, useHighlightStatuses } from './use-highlight-statuses'

type Articles = ReadonlyMap<string, Article | null | undefined>

export function HighlightsPage() {
  const { data: snapshot, isPending } = useStoredQuery(highlightsQuery())
  // While every highlight is read (a second or more for tens of thousands), the newest show.
  const { data: newest } = useStoredQuery({ ...newestHighlightsQuery(), enabled: isPending })
  const firstScreen = isPending ? newest : undefined
  const all = useMemo(() => snapshot?.highlights ?? firstScreen ?? [], [snapshot, firstScreen])
  const articleIds = useMemo(() => [...new Set(all.map((highlight) => highlight.articleId))], [all])
  const articles = useHighlightedArticles(articleIds)
  const statuses = useHighlightStatuses(all, articles)

  const [searchParams, setSearchParams] = useSearchParams()
  const filters = useMemo(() => filtersFromSearchParams(searchParams), [searchParams])
  const setFilters = (next: HighlightFilters, options?: { replace?: boolean }) => {
    setSearchParams(searchParamsFromFilters(next), { replace: options?.replace ?? false, preventScrollReset: true })
  }

  const { query, color, articleId, about } = filters
  const shown = useMemo(() => filterHighlights(all, filters, (id) => articles.get(id)?.entities), [all, filters, articles])
  const { placed, orphans } = useMemo(() => {
    const orphaned = shown.filter((highlight) => statuses.get(highlight.id) === 'orphaned')
    return { orphans: orphaned, placed: orphaned.length === 0 ? shown : shown.filter((highlight) => statuses.get(highlight.id) !== 'orphaned') }
  }, [shown, statuses])
  const filtering = query !== '' || color !== undefined || articleId !== undefined || about !== undefined
  // Whom an article is about is known once it has loaded: until then, no count rather than a wrong one.
  const findingAbout = about !== undefined && articleIds.some((id) => articles.get(id) === undefined)
  const readError = snapshot?.readError

  return (
    <div className="mx-auto max-w-3xl">
      <title>Highlights · Broadsheet</title>
      <div className="mb-6 flex flex-wrap items-baseline justify-between gap-4 border-b-2 border-ink pb-3">
        <h1 tabIndex={-1} className="font-serif text-3xl font-bold tracking-tight focus:outline-none sm:text-4xl">
          Highlights
        </h1>
        {/* Unread storage holds an unknown number: no count rather than a wrong one. */}
        {snapshot && !readError && <p className="text-sm text-muted">{countLabel(all.length)}</p>}
      </div>
      {snapshot && <InvalidRecordsNotice invalid={snapshot.invalid} />}
      {isPending && !filtering && firstScreen !== undefined && firstScreen.length > 0 ? (
        <>
          {/* Laid out as the whole list will be, so nothing moves when it comes. */}
          <fieldset disabled className="m-0 min-w-0 border-0 p-0">
            <Filters filters={filters} onChange={setFilters} articleIds={articleIds} articles={articles} />
          </fieldset>
          <div className="mt-4 flex min-h-5 flex-wrap items-center justify-between gap-3">
            <p role="status" className="text-sm text-muted">
              Loading all your highlights… The newest are here already.
            </p>
          </div>
          <HighlightList highlights={placed} articles={articles} statuses={statuses} />
        </>
      ) : isPending ? (
        <p role="status" className="text-muted">
          Loading your highlights…
        </p>
      ) : (
        <>
          {/* Where the list would be: a failed read is never "No highlights yet". */}
          {readError && <StorageProblem error={readError} inMemory={all.length} />}
          {all.length === 0 ? (
            !readError && <NoHighlights />
          ) : (
            <>
              <Filters filters={filters} onChange={setFilters} articleIds={articleIds} articles={articles} />
              <div className="mt-4 flex min-h-5 flex-wrap items-center justify-between gap-3">
                <p role="status" className="text-sm text-muted">
                  {findingAbout ? `Finding your highlights about ${about.name}…` : filtering ? `${countLabel(shown.length)} match these filters.` : ''}
                </p>
                {filtering && <CopyPageLinkButton />}
              </div>
              {placed.length > 0 && <HighlightList highlights={placed} articles={articles} statuses={statuses} />}
              {orphans.length > 0 && <CouldNotBePlaced orphans={orphans} articles={articles} />}
              {shown.length === 0 && !findingAbout && (
                <p className="mt-6 text-muted">
                  No highlights match.{' '}
                  <button
                    type="button"
                    className="font-semibold text-accent underline"
                    onClick={() => {
                      setFilters({ query: '' })
                    }}
                  >
                    Clear filters
                  </button>
                </p>
              )}
            </>
          )}
        </>
      )}
      {snapshot && <ExportImportPanel highlights={all} articles={articles} />}
    </div>
  )
}

function articleTitle(articles: Articles, id: string) {
  const article = articles.get(id)
  return article ? article.headline : article === null ? 'An article no longer available' : 'Loading…'
}

function countLabel(count: number) {
  return count === 1 ? '1 highlight' : `${count.toLocaleString('en')} highlights`
}

function Filters({
  filters,
  onChange,
  articleIds,
  articles,
}: {
  filters: HighlightFilters
  onChange: (filters: HighlightFilters, options?: { replace?: boolean }) => void
  articleIds: readonly string[]
  articles: Articles
}) {
  return (
    <search className="grid gap-3 sm:grid-cols-2 lg:grid-cols-[1fr_auto_auto_auto]">
      <label className="grid gap-1 text-sm font-semibold">
        Search highlights
        <input
          type="search"
          value={filters.query}
          onChange={(event) => {
            // Typing replaces the history entry; each finished filter is a step back.
            onChange({ ...latestFilters(), query: event.target.value }, { replace: true })
          }}
          placeholder="Words in a quote or a note"
          className="rounded-md border border-rule bg-canvas px-3 py-2 font-normal"
        />
      </label>
      <label className="grid gap-1 text-sm font-semibold">
        Colour
        <select
          value={filters.color ?? ''}
          onChange={(event) => {
            const color = HIGHLIGHT_COLORS.find((candidate) => candidate === event.target.value)
            onChange({ ...latestFilters(), ...{ color } })
          }}
          className="rounded-md border border-rule bg-canvas px-3 py-2 font-normal"
        >
          <option value="">All colours</option>
          {HIGHLIGHT_COLORS.map((color) => (
            <option key={color} value={color}>
              {capitalise(color)}
            </option>
          ))}
        </select>
      </label>
      <label className="grid gap-1 text-sm font-semibold">
        Article
        <select
          value={filters.articleId ?? ''}
          onChange={(event) => {
            onChange({ ...latestFilters(), articleId: event.target.value || undefined })
          }}
          className="max-w-[16rem] rounded-md border border-rule bg-canvas px-3 py-2 font-normal"
        >
          <option value="">All articles</option>
          {articleIds.map((id) => (
            <option key={id} value={id}>
              {articleTitle(articles, id)}
            </option>
          ))}
        </select>
      </label>
      <AboutSelect filters={filters} onChange={onChange} articles={articles} />
    </search>
  )
}

/** Who or what the highlighted articles are about: people, places, organisations. */
function AboutSelect({ filters, onChange, articles }: { filters: HighlightFilters; onChange: (filters: HighlightFilters) => void; articles: Articles }) {
  const loaded = useMemo(() => namedIn(articles), [articles])
  const { about } = filters
  // The address may name one the loaded articles do not (yet): it stays selectable.
  const named = about && !loaded[about.kind].includes(about.name) ? { ...loaded, [about.kind]: [about.name, ...loaded[about.kind]] } : loaded
  return (
    <label className="grid gap-1 text-sm font-semibold">
      About
      <select
        value={about ? `${about.kind}:${about.name}` : ''}
        onChange={(event) => {
          const { about: _previous, ...rest } = latestFilters()
          onChange({ ...rest, ...aboutFromOption(event.target.value) })
        }}
        className="max-w-[16rem] rounded-md border border-rule bg-canvas px-3 py-2 font-normal"
      >
        <option value="">Anyone, anywhere</option>
        {ENTITY_KINDS.filter((kind) => named[kind].length > 0).map((kind) => (
          <optgroup key={kind} label={ENTITY_GROUP_TITLES[kind]}>
            {named[kind].map((name) => (
              <option key={name} value={`${kind}:${name}`}>
                {name}
              </option>
            ))}
          </optgroup>
        ))}
      </select>
    </label>
  )
}

/** Every name in the loaded articles, by kind, in alphabetical order. */
function namedIn(articles: Articles): Record<EntityKind, string[]> {
  const names = { person: new Set<string>(), place: new Set<string>(), organisation: new Set<string>() }
  for (const article of articles.values()) {
    if (!article) continue
    for (const kind of ENTITY_KINDS) for (const name of article.entities[ENTITY_KEYS[kind]]) names[kind].add(name)
  }
  const sorted = (set: Set<string>) => [...set].sort((a, b) => a.localeCompare(b))
  return { person: sorted(names.person), place: sorted(names.place), organisation: sorted(names.organisation) }
}

function aboutFromOption(value: string): Pick<HighlightFilters, 'about'> {
  const colon = value.indexOf(':')
  const kind = ENTITY_KINDS.find((candidate) => candidate === value.slice(0, colon))
  return kind ? { about: { kind, name: value.slice(colon + 1) } } : {}
}

function CouldNotBePlaced({ orphans, articles }: { orphans: readonly Highlight[]; articles: Articles }) {
  const { remove } = useHighlightActions()
  return (
    <section aria-labelledby="could-not-be-placed" className="mt-12 rounded-lg border border-rule bg-panel p-4">
      <h2 id="could-not-be-placed" className="font-serif text-xl font-semibold">
        Could not be placed
      </h2>
      <p className="mt-1 text-sm text-muted">
        These passages are no longer in their article’s text, or the article is gone. They are kept until you delete them.
      </p>
      <ul className="mt-4 grid gap-4">
        {orphans.map((highlight) => {
          const article = articles.get(highlight.articleId) ?? undefined
          return (
            <li key={highlight.id} className="grid gap-1">
              <blockquote className="border-l-4 border-rule pl-3 font-serif">“{highlight.selectors[0].exact}”</blockquote>
              {highlight.note && <p className="whitespace-pre-line">{highlight.note}</p>}
              <p className="flex flex-wrap items-center gap-x-3 text-xs text-muted">
                {article ? <Link to={paths.article(article.slug)}>{article.headline}</Link> : <span>An article no longer available</span>}
                <span aria-hidden="true">·</span>
                <time dateTime={highlight.createdAt}>{formatTimestamp(highlight.createdAt)}</time>
                <button type="button" onClick={() => {
            remove(highlight)
          }} className="ml-auto font-semibold text-accent hover:underline">
                  Delete
                </button>
              </p>
            </li>
          )
        })}
      </ul>
    </section>
  )
}

function NoHighlights() {
  return (
    <div className="rounded-lg border border-dashed border-rule px-6 py-10">
      <p className="font-serif text-xl font-semibold">No highlights yet</p>
      <ol className="mt-3 list-decimal space-y-1 pl-5 text-muted">
        <li>
          Open an <Link to={paths.home()} className="text-accent underline">article</Link>.
        </li>
        <li>Select a passage with the mouse or your finger — or focus a paragraph with Tab and press S to select a sentence.</li>
        <li>Choose Highlight in the toolbar that appears, or press H.</li>
      </ol>
      <p className="mt-3 text-muted">Your highlights are kept in this browser and listed here. Export them any time.</p>
    </div>
  )
}

/**
 * The filters in the address as it is now. The page re-renders from a new address a moment
 * after it changes (the router updates in a transition): a second change made in that moment
 * must build on the first, not bring back what the first cleared.
 */
function latestFilters(): HighlightFilters {
  return filtersFromSearchParams(new URLSearchParams(window.location.search))
}
