import { useQueryClient } from '@tanstack/react-query'
import { useCallback, useEffect, useState } from 'react'
import { useLocation } from 'react-router'
import { navigationFragment } from '../../lib/text-fragments/navigation-fragment'
import { useStoredQuery } from '../../lib/use-stored-query'
import { articleParagraphs } from '../../lib/article-paragraphs'
import { placeInView, scrollToPlace, type Place } from './place-on-screen'
import { progressKeys, progressQuery } from './progress-queries'
import type { ProgressSnapshot } from './progress-store'
import { locatePosition, percentBefore, positionAt } from './reading-position'
import { READING_PROGRESS_SCHEMA_VERSION, worthResuming, type ReadingProgress } from './reading-progress'
import { ResumeOffer } from './resume-offer'
import { useReadingTracker } from './use-reading-tracker'

type Props = { articleId: string; paragraphs: readonly string[] }

/** What a link into the article may carry: the list's "Continue reading" asks to go back to the place. */
export type ResumeState = { resume: true }

/**
 * Keeps where the reader is in the article, and offers to take them back there when they
 * return to it: only when they stopped part-way and the place is not on screen already, and
 * never when the link they followed points at a place of its own (a shared passage, a highlight).
 * "Continue reading" in the list goes straight there.
 */
export function ArticleProgress({ articleId, paragraphs }: Props) {
  const queryClient = useQueryClient()
  const location = useLocation()
  const { data } = useStoredQuery(progressQuery())
  const [choice, setChoice] = useState<'undecided' | 'offered' | 'settled'>('undecided')
  const stored = data?.byArticle.get(articleId)

  useEffect(() => {
    if (!data || choice !== 'undecided') return
    const asked = (location.state as Partial<ResumeState> | null)?.resume === true
    if (worthResuming(stored) && asked) resume(paragraphs, stored)
    // Nothing to offer when the place is already on screen (a reload or Back restored it).
    const offer = worthResuming(stored) && !asked && !linksToAPlace(location) && !placeInView(articleParagraphs(), locatePosition(paragraphs, stored.position))
    // The choice waits for the reader's data, which comes from storage after the page.
    // eslint-disable-next-line react-hooks/set-state-in-effect
    setChoice(offer ? 'offered' : 'settled')
  }, [data, choice, stored, paragraphs, location])

  const keep = useCallback(
    (place: Place, reachedEnd: boolean) => {
      const before = queryClient.getQueryData<ProgressSnapshot>(progressKeys.all)?.byArticle.get(articleId)
      const finished = reachedEnd || before?.finished === true
      const record: ReadingProgress = {
        schemaVersion: READING_PROGRESS_SCHEMA_VERSION,
        articleId,
        position: positionAt(paragraphs, place.paragraph, place.offset),
        percent: finished ? 100 : percentBefore(paragraphs, place),
        finished,
        updatedAt: new Date().toISOString(),
      }
      queryClient.setQueryData<ProgressSnapshot>(progressKeys.all, (snapshot) => snapshot && { ...snapshot, byArticle: new Map(snapshot.byArticle).set(articleId, record) })
      // A place that cannot be stored now is kept in memory and stored with the next one.
      void import('./progress-store').then(({ storeProgress }) => storeProgress(record)).catch(() => undefined)
    },
    [queryClient, articleId, paragraphs],
  )
  // Until the reader has answered the offer, the place they stopped at is not overwritten.
  useReadingTracker(choice !== 'settled', keep)

  if (choice !== 'offered' || !stored) return null
  return (
    <ResumeOffer
      percent={stored.percent}
      onResume={() => {
        resume(paragraphs, stored)
        setChoice('settled')
      }}
      onDismiss={() => {
        setChoice('settled')
      }}
    />
  )
}

function resume(paragraphs: readonly string[], progress: ReadingProgress) {
  const elements = articleParagraphs()
  const place = locatePosition(paragraphs, progress.position)
  scrollToPlace(elements, place)
  // Reading goes on from that paragraph, for the keyboard too.
  elements[place.paragraph]?.focus({ preventScroll: true })
}

/** A link to a highlight (`#highlight-…`) or a passage (`#:~:text=`) is a place of its own. */
function linksToAPlace({ pathname, hash }: { pathname: string; hash: string }): boolean {
  return hash !== '' || navigationFragment()?.pathname === pathname
}
