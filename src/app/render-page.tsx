import { QueryClientProvider } from '@tanstack/react-query'
import { StrictMode } from 'react'
import { prerender } from 'react-dom/static'
import { createStaticHandler, createStaticRouter, isRouteErrorResponse, StaticRouterProvider } from 'react-router'
import type { PageData } from '../lib/page-state/page-data'
import type { PageState } from '../lib/page-state/page-state'
import { Prerendered } from '../lib/use-hydrated'
import { createQueryClient, seedQueryCache } from './query-client'
import { createRoutes } from './router'

/**
 * Renders one page on the build machine with the same routes, components and queries the
 * browser uses (src/build/prerender-pages.ts calls it per page). The data a page needs is
 * handed in, so nothing is fetched while rendering; every lazily loaded part is rendered whole.
 */
export type RenderedPage = {
  status: number
  /** `<title>` and any other elements React hoists to the head. */
  head: string
  /** The markup of the app, for `#root`. */
  body: string
  /** What the browser's router starts from, so hydration matches. */
  routerState: PageState['router']
}

export async function renderPage(path: string, data: PageData): Promise<RenderedPage> {
  const queryClient = createQueryClient()
  seedQueryCache(queryClient, data)

  const handler = createStaticHandler(createRoutes(() => Promise.resolve(queryClient)))
  const context = await handler.query(new Request(new URL(path, 'http://prerender.invalid')))
  if (context instanceof Response) throw new Error(`Prerendering ${path} gave a ${context.status} response instead of a page`)

  const { prelude } = await prerender(
    <StrictMode>
      <Prerendered>
        <QueryClientProvider client={queryClient}>
          <StaticRouterProvider router={createStaticRouter(handler.dataRoutes, context)} context={context} hydrate={false} />
        </QueryClientProvider>
      </Prerendered>
    </StrictMode>,
    // Every part inline, however large: React would otherwise move big parts to the end of the
    // page and put them in place with an inline script, which the pages' policy does not run.
    { progressiveChunkSize: Number.POSITIVE_INFINITY },
  )
  const markup = await new Response(prelude).text()
  // React puts what belongs in <head> (the page's <title>) before the app's markup.
  const head = /^(?:<title>[^<]*<\/title>|<meta[^>]*>|<link[^>]*>)*/.exec(markup)?.[0] ?? ''
  return {
    status: context.statusCode,
    head,
    body: markup.slice(head.length),
    routerState: { loaderData: context.loaderData, actionData: context.actionData, errors: serializeErrors(context.errors) },
  }
}

/** The shape react-router's browser router reads back from its hydration data. */
function serializeErrors(errors: Record<string, unknown> | null): Record<string, unknown> | null {
  if (!errors) return null
  return Object.fromEntries(
    Object.entries(errors).map(([routeId, error]) => [
      routeId,
      isRouteErrorResponse(error)
        ? { ...error, __type: 'RouteErrorResponse' }
        : { message: error instanceof Error ? error.message : String(error), __type: 'Error' },
    ]),
  )
}
