import { QueryClientProvider } from '@tanstack/react-query'
import { startTransition, StrictMode } from 'react'
import { createRoot, hydrateRoot } from 'react-dom/client'
import { createBrowserRouter } from 'react-router'
import { RouterProvider } from 'react-router/dom'
import { seedQueryCache, type PageData } from './app/page-data'
import { createQueryClient } from './app/query-client'
import { createRoutes } from './app/router'
import './app/styles.css'

// Written into each prerendered page by src/build/prerender-plugin.ts.
declare global {
  interface Window {
    __BROADSHEET_PAGE__?: string
    __BROADSHEET_DATA__?: PageData
    __staticRouterHydrationData?: unknown
  }
}

// The page arrives prerendered: let the browser paint it before starting the app, so the
// reader sees the article while it hydrates.
requestAnimationFrame(() => {
  setTimeout(start)
})

function start() {
  const root = document.getElementById('root')
  if (!root) throw new Error('index.html has no #root element')

  // A static host may answer an unknown path with another page's HTML (index.html, 404.html):
  // only a page prerendered for this very path is hydrated; anything else is rendered afresh.
  const prerendered = window.__BROADSHEET_PAGE__ !== undefined && withoutTrailingSlash(window.__BROADSHEET_PAGE__) === withoutTrailingSlash(location.pathname)
  if (!prerendered) delete window.__staticRouterHydrationData

  const queryClient = createQueryClient()
  if (prerendered && window.__BROADSHEET_DATA__) seedQueryCache(queryClient, window.__BROADSHEET_DATA__)
  const router = createBrowserRouter(createRoutes(queryClient))

  const app = (
    <StrictMode>
      <QueryClientProvider client={queryClient}>
        <RouterProvider router={router} />
      </QueryClientProvider>
    </StrictMode>
  )

  if (prerendered) {
    // Lazily loaded routes must be in place before hydrating, or React would see a fallback.
    // As a transition, hydration yields to the browser instead of blocking it in one long task.
    void whenInitialized(router).then(() => {
      startTransition(() => {
        hydrateRoot(root, app)
      })
    })
  } else {
    createRoot(root).render(app)
  }
}

function whenInitialized(router: ReturnType<typeof createBrowserRouter>): Promise<void> {
  if (router.state.initialized) return Promise.resolve()
  return new Promise((resolve) => {
    const unsubscribe = router.subscribe((state) => {
      if (!state.initialized) return
      unsubscribe()
      resolve()
    })
  })
}

function withoutTrailingSlash(pathname: string): string {
  return pathname.length > 1 ? pathname.replace(/\/+$/, '') : pathname
}
