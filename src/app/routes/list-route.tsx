import { useLoaderData } from 'react-router'
import { ListHeading } from '../../features/find/list-heading'
import type { ListPageData } from '../../lib/page-state/page-data'
import { island } from '../island'
import { RouteLoading } from '../route-loading'

// Search, filters and the rows load after the page is up; until then its links work as links.
const Finder = island(async () => (await import('./list-finder')).ListFinder, RouteLoading)

/** Fetches the code of the page's tools, so a navigation shows the page whole. */
export const preloadParts = () => Finder.preload()

export function ListRoute() {
  const { list } = useLoaderData<ListPageData>()
  return (
    <>
      <ListHeading count={list.count} />
      <Finder />
    </>
  )
}
