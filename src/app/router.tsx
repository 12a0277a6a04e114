import type { QueryClient } from '@tanstack/react-query'
import type { LoaderFunctionArgs, RouteObject } from 'react-router'
import { articlePageLoader } from '../features/articles/article-loaders'
import { entityPageLoader } from '../features/entities/entity-loader'
import { findLoader } from '../features/find/find-loader'
import { AppHydrateFallback, AppLayout } from './app-layout'
import { lazyComponent, type LazyComponent } from './lazy-component'
import { RouteLoading } from './route-loading'

// Each page's code loads on its own (a prerendered page hydrates its frame first, then the page).
const listRoute = () => import('./routes/list-route')
const articleRoute = () => import('./routes/article-route')
const entityRoute = () => import('./routes/entity-route')
const highlightsRoute = () => import('./routes/highlights-route')
const ListRoute = lazyComponent(async () => (await listRoute()).ListRoute, RouteLoading)
const ArticleRoute = lazyComponent(async () => (await articleRoute()).ArticleRoute, RouteLoading)
const EntityRoute = lazyComponent(async () => (await entityRoute()).EntityRoute, RouteLoading)
const HighlightsRoute = lazyComponent(async () => (await highlightsRoute()).HighlightsRoute, RouteLoading)
// Pages for what went wrong, loaded when something has.
const NotFoundPage = lazyComponent(async () => (await import('./not-found-page')).NotFoundPage, RouteLoading)
const OfflinePage = lazyComponent(async () => (await import('./offline-page')).OfflinePage, RouteLoading)
const RouteErrorPage = lazyComponent(async () => (await import('./route-error-page')).RouteErrorPage, RouteLoading)

/**
 * Every route of the app, top to bottom. The ids of the routes with data are the keys of
 * PageData (src/lib/page-state/page-data.ts): a prerendered page's loader data is its page data.
 * Loaders get the query client through `loadQueryClient`, which the browser loads on first use.
 */
export function createRoutes(loadQueryClient: () => Promise<QueryClient>): RouteObject[] {
  return [
    {
      id: 'root',
      Component: AppLayout,
      HydrateFallback: AppHydrateFallback,
      children: [
        {
          // Errors render inside the shell, so the reader always keeps the masthead and a way home.
          ErrorBoundary: RouteErrorPage,
          children: [
            {
              id: 'list',
              index: true,
              loader: withCode(ListRoute, listRoute, findLoader(loadQueryClient)),
              shouldRevalidate: onlyForANewPath,
              Component: ListRoute,
            },
            {
              id: 'article',
              path: 'articles/:slug',
              loader: withCode(ArticleRoute, articleRoute, articlePageLoader(loadQueryClient)),
              Component: ArticleRoute,
            },
            {
              // /people/…, /places/…, /organisations/…: the loader answers 404 for any other folder.
              id: 'entity',
              path: ':kind/:slug',
              loader: withCode(EntityRoute, entityRoute, entityPageLoader(loadQueryClient)),
              Component: EntityRoute,
            },
            {
              id: 'highlights',
              path: 'highlights',
              loader: withCode(HighlightsRoute, highlightsRoute, () => null),
              shouldRevalidate: onlyForANewPath,
              Component: HighlightsRoute,
            },
            // What the service worker answers for a page it has no copy of, offline.
            { path: 'offline', Component: OfflinePage },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]
}

/**
 * Searching and filtering change only the query string, which these loaders do not read: the
 * change then takes effect at once, and a second one right after it starts from the first.
 */
function onlyForANewPath({ currentUrl, nextUrl }: { currentUrl: URL; nextUrl: URL }) {
  return currentUrl.pathname !== nextUrl.pathname
}

/** A navigation waits for the page's code (its tools too) with its data, so the page appears whole. */
function withCode<Data>(
  page: LazyComponent<object>,
  module: () => Promise<{ preloadParts: () => Promise<unknown> }>,
  loader: (args: LoaderFunctionArgs) => Promise<Data> | Data,
) {
  return async (args: LoaderFunctionArgs): Promise<Data> => {
    const [data] = await Promise.all([loader(args), page.preload(), module().then(({ preloadParts }) => preloadParts())])
    return data
  }
}
