import { useQueries, useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { showToast } from '../../components/toaster'
import { paths } from '../../config/paths'
import { articleCount } from '../../lib/articles/article-count'
import { ENTITY_FOLDERS, ENTITY_KIND_LABELS } from '../../lib/entities/entity'
import { entityPageQuery } from '../../lib/entities/entity-queries'
import { FetchError } from '../../lib/fetch-json'
import { useStoredQuery } from '../../lib/use-stored-query'
import { followKey, newSinceSeen, type FollowedEntity } from './followed-entity'
import { followingKeys, followingQuery } from './following-queries'

/**
 * The head of the list's Following view: whom the reader follows, each with how many
 * articles are new since they last opened its page. The list below holds the articles.
 */
export function FollowingView() {
  const { data, isError } = useStoredQuery(followingQuery())
  const followed = data?.followed ?? []
  return (
    <section aria-labelledby="following-heading" className="mt-4 rounded-lg border border-rule bg-panel p-4">
      <h2 id="following-heading" className="font-serif text-xl font-semibold">
        Following
      </h2>
      {isError || data?.storageError ? (
        <p role="alert" className="mt-2 text-sm">
          Whom you follow could not be read: {data?.storageError?.message ?? 'storage failed.'}
        </p>
      ) : !data ? (
        <p className="mt-2 text-sm text-muted">Loading whom you follow…</p>
      ) : followed.length === 0 ? (
        <p className="mt-2 max-w-[60ch] text-sm text-muted">
          You follow no one yet. Open a person, place or organisation (from an article’s “In this article”) and press Follow: the articles naming them gather here.
        </p>
      ) : (
        <FollowedList followed={followed} />
      )}
    </section>
  )
}

function FollowedList({ followed }: { followed: FollowedEntity[] }) {
  const pages = useQueries({ queries: followed.map((entity) => entityPageQuery(entity.kind, entity.slug)) })
  return (
    <ul className="mt-3 grid gap-2 sm:grid-cols-2">
      {followed.map((entity, position) => {
        const page = pages[position]
        return (
          <li key={followKey(entity)} className="flex flex-wrap items-baseline gap-x-2 text-sm">
            <Link to={paths.entity(ENTITY_FOLDERS[entity.kind], entity.slug)} className="font-semibold text-accent underline">
              {entity.name}
            </Link>
            <span className="text-muted">{ENTITY_KIND_LABELS[entity.kind]}</span>
            {page?.data ? (
              <NewCount count={newSinceSeen(entity, page.data.articleCount)} total={page.data.articleCount} />
            ) : isNoPage(page?.error) ? (
              <Gone entity={entity} />
            ) : page?.isError ? (
              <span className="text-muted">(could not check for new articles)</span>
            ) : null}
          </li>
        )
      })}
    </ul>
  )
}

/** A missing file is no page; some static hosts answer it with their app page instead (not JSON). */
function isNoPage(error: Error | null | undefined): boolean {
  return (error instanceof FetchError && error.status === 404) || error instanceof SyntaxError
}

function NewCount({ count, total }: { count: number; total: number }) {
  return (
    <span>
      {count > 0 ? <strong className="rounded-full bg-accent px-2 py-0.5 text-xs text-canvas tabular-nums">{count} new</strong> : <span className="text-muted">nothing new</span>}
      <span className="text-muted"> · {articleCount(total)}</span>
    </span>
  )
}

/** No longer named in enough articles for a page in this edition: say so, and let the reader let go. */
function Gone({ entity }: { entity: FollowedEntity }) {
  const queryClient = useQueryClient()
  return (
    <span className="text-muted">
      no page in this edition ·{' '}
      <button
        type="button"
        className="font-semibold text-accent underline"
        onClick={() =>
          void import('./following-store')
            .then(({ unfollow }) => unfollow(entity))
            .catch((error: unknown) => showToast({ tone: 'error', message: error instanceof Error ? error.message : 'Storage failed.' }))
            .finally(() => queryClient.invalidateQueries({ queryKey: followingKeys.all }))
        }
      >
        Unfollow<span className="sr-only"> {entity.name}</span>
      </button>
    </span>
  )
}
