import { island } from '../island'
import { RouteLoading } from '../route-loading'

// Everything on this page is the reader's own, from the browser's storage.
const HighlightsPage = island(async () => (await import('../../features/highlights/highlights-page')).HighlightsPage, RouteLoading)

export const preloadParts = () => HighlightsPage.preload()

export function HighlightsRoute() {
  return <HighlightsPage />
}
