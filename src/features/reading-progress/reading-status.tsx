import { useQueryClient } from '@tanstack/react-query'
import { Link } from 'react-router'
import { showToast } from '../../components/toaster'
import { paths } from '../../config/paths'
import { useStoredQuery } from '../../lib/use-stored-query'
import type { ResumeState } from './article-progress'
import { progressKeys, progressQuery } from './progress-queries'
import type { ProgressSnapshot } from './progress-store'
import { readingStatus } from './reading-progress'

type Props = { articleId: string; slug: string; headline: string }

/**
 * In the list, how far the reader got in an article: nothing while it is unread, "Continue
 * reading" and the share read while in progress, "Read" once finished; "Mark as unread"
 * forgets it. The names carry the headline, for screen-reader users among many rows.
 */
export function ReadingStatusLine({ articleId, slug, headline }: Props) {
  const queryClient = useQueryClient()
  const { data } = useStoredQuery(progressQuery())
  const status = readingStatus(data?.byArticle.get(articleId))
  if (status.state === 'unread') return null

  const markUnread = async () => {
    queryClient.setQueryData<ProgressSnapshot>(progressKeys.all, (snapshot) => {
      if (!snapshot) return snapshot
      const byArticle = new Map(snapshot.byArticle)
      byArticle.delete(articleId)
      return { ...snapshot, byArticle }
    })
    try {
      await (await import('./progress-store')).forgetProgress(articleId)
    } catch (error) {
      showToast({ tone: 'error', message: `${error instanceof Error ? error.message : 'Storage failed.'} The article shows as unread in this tab only.` })
    }
  }
  const about = <span className="sr-only"> “{headline}”</span>

  return (
    <span className="inline-flex flex-wrap items-center gap-x-3 gap-y-1 text-sm">
      {status.state === 'in-progress' ? (
        <>
          <Link to={paths.article(slug)} state={{ resume: true } satisfies ResumeState} className="font-semibold text-accent underline underline-offset-2 hover:no-underline">
            Continue reading{about}
          </Link>
          <span className="text-muted tabular-nums">{status.percent}% read</span>
        </>
      ) : (
        <span className="text-muted">
          <span aria-hidden="true">✓ </span>Read
        </span>
      )}
      <button type="button" onClick={() => void markUnread()} className="rounded-sm text-muted underline underline-offset-2 hover:text-ink hover:no-underline">
        Mark as unread{about}
      </button>
    </span>
  )
}
