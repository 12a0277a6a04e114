import { useLoaderData } from 'react-router'
import { EntityPage } from '../../features/entities/entity-page'
import type { EntityPageData } from '../../lib/page-state/page-data'
import { island } from '../island'

// The reader's own highlights in these articles load after the page is up: they are in this browser only.
const HighlightsInArticles = island(async () => (await import('../../features/highlights/highlights-in-articles')).HighlightsInArticles)

/** Fetches the code of the page's parts, so a navigation shows the page whole. */
export const preloadParts = () => HighlightsInArticles.preload()

/** A person's, place's or organisation's page, with the reader's highlights in its articles: the features meet here, in the app. */
export function EntityRoute() {
  const { entity } = useLoaderData<EntityPageData>()
  return (
    <EntityPage key={`${entity.kind} ${entity.slug}`} entity={entity}>
      <HighlightsInArticles articles={entity.articles} about={entity.name} />
    </EntityPage>
  )
}
