import type { QueryClient } from '@tanstack/react-query'
import type { RouteObject } from 'react-router'
import { articlePageLoader } from '../features/articles/article-loaders'
import { findLoader } from '../features/find/find-loader'
import { AppHydrateFallback, AppLayout } from './app-layout'
import { NotFoundPage } from './not-found-page'
import { RouteErrorPage } from './route-error-page'
import { ListRoute } from './routes/list-route'

/** Every route of the app, top to bottom. Loaders warm the query cache the pages read. */
export function createRoutes(queryClient: QueryClient): RouteObject[] {
  return [
    {
      Component: AppLayout,
      HydrateFallback: AppHydrateFallback,
      children: [
        {
          // Errors render inside the shell, so the reader always keeps the masthead and a way home.
          ErrorBoundary: RouteErrorPage,
          children: [
            {
              index: true,
              loader: findLoader(queryClient),
              // Searching and filtering change only the query string, which the loader does not read.
              shouldRevalidate: ({ currentUrl, nextUrl }) => currentUrl.pathname !== nextUrl.pathname,
              Component: ListRoute,
            },
            {
              path: 'articles/:slug',
              loader: articlePageLoader(queryClient),
              // Pages beyond the list load on demand, keeping the first screen's JavaScript small.
              lazy: { Component: async () => (await import('./routes/article-route')).ArticleRoute },
            },
            {
              path: 'highlights',
              lazy: { Component: async () => (await import('../features/highlights/highlights-page')).HighlightsPage },
            },
            { path: '*', Component: NotFoundPage },
          ],
        },
      ],
    },
  ]
}
