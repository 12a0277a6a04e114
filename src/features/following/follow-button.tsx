import { useQueryClient } from '@tanstack/react-query'
import { useEffect } from 'react'
import { Link } from 'react-router'
import { showToast } from '../../components/toaster'
import { paths } from '../../config/paths'
import type { EntityRef } from '../../lib/entities/entity'
import { useStoredQuery } from '../../lib/use-stored-query'
import { followKey, newFollow, type FollowedEntity } from './followed-entity'
import { FollowToggle } from './follow-toggle'
import { followingKeys, followingQuery } from './following-queries'
import type { FollowingSnapshot } from './following-store'

type Props = { entity: EntityRef; articleCount: number }

/**
 * "Follow" on an entity's page: kept in this browser, so the list's Following view can show
 * the articles naming it and how many are new. Opening the page of a followed entity counts
 * as looking: what it lists is no longer new.
 */
export function FollowButton({ entity, articleCount }: Props) {
  const queryClient = useQueryClient()
  const { data } = useStoredQuery(followingQuery())
  const key = followKey(entity)
  const followed = data?.followed.find((record) => followKey(record) === key)
  useMarkSeen(entity, articleCount, followed)

  const toggle = async () => {
    const next = !followed
    queryClient.setQueryData(followingQuery().queryKey, (snapshot: FollowingSnapshot | undefined) => snapshot && withChange(snapshot, entity, articleCount, next))
    const store = await import('./following-store')
    try {
      await (next ? store.follow(entity, articleCount) : store.unfollow(entity))
    } catch (error) {
      showToast({
        tone: 'error',
        message: `${error instanceof Error ? error.message : 'Storage failed.'} The change is kept in this tab but not saved yet.`,
        action: { label: 'Retry', run: () => void store.storePendingFollows().then(() => queryClient.invalidateQueries({ queryKey: followingKeys.all })) },
      })
    } finally {
      await queryClient.invalidateQueries({ queryKey: followingKeys.all })
    }
  }

  return (
    <div className="flex flex-wrap items-center gap-x-3 gap-y-1">
      <FollowToggle pressed={followed !== undefined} disabled={!data} onClick={() => void toggle()} />
      {followed && (
        <p className="text-sm text-muted">
          New articles naming {entity.name} show in{' '}
          <Link to={paths.following()} className="font-medium text-accent underline">
            Following
          </Link>
          .
        </p>
      )}
    </div>
  )
}

/** The snapshot as it will be once the change is stored, shown at once. */
function withChange(snapshot: FollowingSnapshot, entity: EntityRef, articleCount: number, follow: boolean): FollowingSnapshot {
  const others = snapshot.followed.filter((record) => followKey(record) !== followKey(entity))
  if (!follow) return { ...snapshot, followed: others }
  return { ...snapshot, followed: [newFollow(entity, articleCount), ...others] }
}

function useMarkSeen(entity: EntityRef, articleCount: number, followed: FollowedEntity | undefined) {
  const queryClient = useQueryClient()
  useEffect(() => {
    if (!followed || (followed.seenCount === articleCount && followed.name === entity.name)) return
    void import('./following-store')
      .then(({ markSeen }) => markSeen(followed, entity.name, articleCount))
      // Not stored: the count stays "new" until a later visit stores it; nothing is lost.
      .catch(() => undefined)
      .finally(() => queryClient.invalidateQueries({ queryKey: followingKeys.all }))
  }, [followed, entity.name, articleCount, queryClient])
}
