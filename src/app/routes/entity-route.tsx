import { useLoaderData } from 'react-router'
import { EntityPage } from '../../features/entities/entity-page'
import { FollowTogglePlaceholder } from '../../features/following/follow-toggle'
import type { EntityPageData } from '../../lib/page-state/page-data'
import { island } from '../island'

// The reader's own highlights in these articles load after the page is up: they are in this browser only.
const HighlightsInArticles = island(async () => (await import('../../features/highlights/highlights-in-articles')).HighlightsInArticles)
// Follow works with the reader's data too; until it loads, the button stands in its place.
const FollowButton = island(async () => (await import('../../features/following/follow-button')).FollowButton, FollowTogglePlaceholder)

/** Fetches the code of the page's parts, so a navigation shows the page whole. */
export const preloadParts = () => Promise.all([HighlightsInArticles.preload(), FollowButton.preload()])

/** A person's, place's or organisation's page, with Follow and the reader's highlights in its articles: the features meet here, in the app. */
export function EntityRoute() {
  const { entity } = useLoaderData<EntityPageData>()
  return (
    <EntityPage key={`${entity.kind} ${entity.slug}`} entity={entity} actions={<FollowButton entity={entity} articleCount={entity.articleCount} />}>
      <HighlightsInArticles articles={entity.articles} about={entity} />
    </EntityPage>
  )
}
